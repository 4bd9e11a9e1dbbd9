using Homeward.Data.Intel;
using Homeward.Web.Intel;
using Homeward.Web.Security;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Homeward.Web.Pages.Intel;

/// <summary>One post: its text with indicators and entities highlighted, the reasons, the entities, its
/// cluster's other posts, its labels, and the labelling form (read and label audited by the store).</summary>
public sealed class PostModel(PostStore store) : PageModel
{
    public IntelPostView? View { get; private set; }

    public IHtmlContent Highlighted { get; private set; } = HtmlString.Empty;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    [BindProperty]
    public string Label { get; set; } = "";

    [BindProperty]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await ShowAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        var errors = await store.LabelAsync(id, Label, Note, Actor.Of(User), cancellationToken);
        if (errors.Count == 0)
        {
            return Redirect($"/intel/posts/{Uri.EscapeDataString(id)}");
        }

        Errors = [.. errors.Select(e => $"{e.Place}: {e.Message}")];
        Response.StatusCode = errors.Any(e => e.Place == "Id") ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
        return await ShowAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> ShowAsync(string id, CancellationToken cancellationToken)
    {
        View = await store.GetAsync(id, Actor.Of(User), cancellationToken);
        if (View is null)
        {
            return false;
        }

        Highlighted = PostHighlighter.Render(View.Post.Text, [.. View.Indicators, .. View.Entities]);
        return true;
    }
}
