using Homeward.Data.Photos;
using Homeward.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Homeward.Web.Pages.Photos;

/// <summary>
/// The photos of a case as thumbnails (the list audited), with the upload form and delete links for
/// case writers; <c>compact</c> leaves both out (the match review shows both sides' photos side by side).
/// </summary>
public sealed class PhotosViewComponent(PhotoStore photos, IAuthorizationService authorization) : ViewComponent
{
    private const long MiB = 1024 * 1024;

    public async Task<IViewComponentResult> InvokeAsync(PhotoOwner owner, string code, bool compact = false)
    {
        var list = await photos.ListAsync(owner, code, Actor.Of(UserClaimsPrincipal), HttpContext.RequestAborted) ?? [];
        var canWrite = !compact && (await authorization.AuthorizeAsync(UserClaimsPrincipal, Policies.CasesWrite)).Succeeded;
        return View(new PhotoPanel(owner, code, list, canWrite, Math.Max(1, photos.Limits.MaxBytes / MiB)));
    }
}
