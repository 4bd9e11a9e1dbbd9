using Homeward.Data.Cases;
using Homeward.Data.Samples;
using Homeward.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Homeward.Web.Pages.Lab.Samples;

/// <summary>Samples for lab analysts, searched by code, lab, kit and collection date, 25 per page (the codes shown are audited).</summary>
public sealed class IndexModel(SampleDirectory samples) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Lab { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kit { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Collected { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public CasePage<SampleSummary> Results { get; private set; } = new([], 0, 1, 1);

    /// <summary>The pages of the list, keeping the filters.</summary>
    public Pager Pager
    {
        get
        {
            var filters = new[] { ("code", Code), ("lab", Lab), ("kit", Kit), ("collected", Collected?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) }
                .Where(f => !string.IsNullOrWhiteSpace(f.Item2))
                .Select(f => $"{f.Item1}={Uri.EscapeDataString(f.Item2!)}");
            var query = string.Join('&', filters);
            return new Pager(query.Length == 0 ? "/Lab/Samples" : $"/Lab/Samples?{query}", null, Results.Page, Results.Pages);
        }
    }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Results = await samples.SearchAsync(new SampleQuery(Code, Lab, Kit, Collected), PageNumber, 25, Actor.Of(User), cancellationToken);
}
