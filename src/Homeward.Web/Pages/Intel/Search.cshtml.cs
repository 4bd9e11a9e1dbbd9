using Homeward.Data.Intel;
using Homeward.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Homeward.Web.Pages.Intel;

/// <summary>Search by any identifier (a phone in any format, QQ, WeChat, card…): the posts that hold it and their rings.</summary>
public sealed class SearchModel(PostStore store) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IdentifierSearch? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Q))
        {
            Result = await store.FindAsync(Q, Actor.Of(User), cancellationToken);
        }
    }
}
