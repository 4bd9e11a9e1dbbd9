using System.Globalization;
using Homeward.Data.Cases;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Pages;

/// <summary>The dashboard: counts only, nothing that identifies a child (any signed-in user).</summary>
public sealed class IndexModel(CaseDirectory cases, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public DashboardCounts Counts { get; private set; } = new(0, 0, 0, []);

    public BarChart Chart { get; private set; } = new(string.Empty, []);

    /// <summary>Per operation, its children still in care without a typed sample (counts only).</summary>
    public IReadOnlyList<OperationWithoutDna> WithoutDna { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Counts = await cases.CountAsync(cancellationToken);
        WithoutDna = await cases.InCareWithoutDnaAsync(cancellationToken);
        Chart = new BarChart(
            localizer["Matches by state"],
            [.. Counts.MatchesByState.Select(s => new BarChart.Bar(s.Key, s.Value, s.Value.ToString(CultureInfo.InvariantCulture)))]);
    }
}
