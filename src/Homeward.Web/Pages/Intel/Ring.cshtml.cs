using Homeward.Data.Intel;
using Homeward.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace Homeward.Web.Pages.Intel;

/// <summary>One ring: its posts, identifiers, timeline (server-side SVG per month) and interactive graph.</summary>
public sealed class RingModel(PostStore store, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IntelRingView? View { get; private set; }

    public BarChart Timeline { get; private set; } = new("", []);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        View = await store.RingAsync(id, Actor.Of(User), cancellationToken);
        if (View is null)
        {
            return NotFound();
        }

        Timeline = new BarChart(localizer["Posts per month"], [.. View.Timeline.Select(m => new BarChart.Bar(m.Key, m.Value, m.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
        return Page();
    }
}
