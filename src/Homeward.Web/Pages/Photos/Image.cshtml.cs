using Homeward.Data.Photos;
using Homeward.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Homeward.Web.Pages.Photos;

/// <summary>
/// A photo's bytes, for readers of cases only (never volunteers, never anonymous), the read audited.
/// Never cached (<c>private, no-store</c>: a shared or disk cache must not keep a child's face), never
/// sniffed, shown inline, with the media type its bytes were found to be on upload.
/// </summary>
public sealed class ImageModel(PhotoStore photos) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var photo = await photos.GetAsync(id, Actor.Of(User), cancellationToken);
        Response.Headers.CacheControl = "private, no-store";
        if (photo is null)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.ContentDisposition = "inline";
        return File(photo.Bytes, photo.Info.ContentType);
    }
}
