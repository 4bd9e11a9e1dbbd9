using Homeward.Data.Registry;
using Homeward.Registry.Matching;
using Homeward.Web.Matching;
using Homeward.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Homeward.Web.Pages.Matches;

/// <summary>Matches, highest posterior first, filtered by state and paged (the list shown is audited by the store).</summary>
public sealed class IndexModel(MatchRegistry registry) : PageModel
{
    private const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public MatchState? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public MatchPage Results { get; private set; } = new([], 0);

    public Pager Pager => new(
        State is null ? "/Matches" : $"/Matches?state={State}",
        null,
        Math.Max(1, PageNumber),
        Math.Max(1, (Results.Total + PageSize - 1) / PageSize));

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var store = await registry.StoreAsync(cancellationToken);
        Results = await store.ListMatchesAsync(new MatchQuery { State = State, Skip = (Math.Max(1, PageNumber) - 1) * PageSize, Take = PageSize }, Actor.Of(User), cancellationToken);
    }
}
