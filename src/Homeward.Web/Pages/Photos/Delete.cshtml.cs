using Homeward.Data.Photos;
using Homeward.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Homeward.Web.Pages.Photos;

/// <summary>Deletes a photo (case writers), after a confirmation page; both audited.</summary>
public sealed class DeleteModel(PhotoStore photos) : PageModel
{
    public PhotoInfo Photo { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var photo = await photos.GetAsync(id, Actor.Of(User), cancellationToken);
        if (photo is null)
        {
            return NotFound();
        }

        Photo = photo.Info;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) =>
        await photos.DeleteAsync(id, Actor.Of(User), cancellationToken) is { } deleted
            ? Redirect(PhotoRoutes.Case(deleted.Owner, deleted.OwnerCode))
            : NotFound();
}
