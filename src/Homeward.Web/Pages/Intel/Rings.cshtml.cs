using Homeward.Data.Intel;
using Homeward.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Homeward.Web.Pages.Intel;

/// <summary>The rings of the stored posts, largest first.</summary>
public sealed class RingsModel(PostStore store) : PageModel
{
    public IReadOnlyList<IntelRingSummary> Rings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rings = await store.RingsAsync(Actor.Of(User), cancellationToken);
}
