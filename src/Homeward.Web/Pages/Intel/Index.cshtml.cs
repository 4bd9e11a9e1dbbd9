using Homeward.Data.Cases;
using Homeward.Data.Intel;
using Homeward.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Homeward.Web.Pages.Intel;

/// <summary>The triage queue: flagged posts first, by score; optionally only unlabelled ones; paged (audited by the store).</summary>
public sealed class IndexModel(PostStore store) : PageModel
{
    private const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public bool Unlabelled { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public CasePage<IntelPostSummary> Results { get; private set; } = new([], 0, 1, PageSize);

    public Pager Pager => new(Unlabelled ? "/intel?unlabelled=true" : "/intel", null, Results.Page, Math.Max(1, (Results.Total + PageSize - 1) / PageSize));

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Results = await store.TriageAsync(Unlabelled, PageNumber, PageSize, Actor.Of(User), cancellationToken);
}
