using Homeward.Data.Cases;
using Homeward.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Homeward.Web.Pages.Public;

/// <summary>The minimal list volunteers see: codes, sex, birth year, date found (no names, places or genotypes).</summary>
public sealed class IndexModel(CaseDirectory cases) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public CasePage<FoundChildSummary> Results { get; private set; } = new([], 0, 1, 1);

    public Pager Pager => new("/Public", null, Results.Page, Results.Pages);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var page = await cases.SearchFoundChildrenAsync(null, PageNumber, 50, Actor.Of(User), cancellationToken);
        // Only the minimal fields leave this model: names and institutions are dropped here.
        Results = page with { Items = [.. page.Items.Select(c => c with { Name = null, NameRomanised = null, Institution = null })] };
    }
}
