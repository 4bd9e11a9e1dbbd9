using Homeward.Data.Photos;
using Homeward.Registry.Matching;
using Homeward.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Homeward.Web.Pages.Photos;

/// <summary>
/// Both sides' photos of a match, side by side on its review, read in one go (one query, both lists
/// audited); thumbnails only, without the upload form and delete links of the case pages.
/// </summary>
public sealed class MatchPhotosViewComponent(PhotoStore photos) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(MatchCase match)
    {
        ArgumentNullException.ThrowIfNull(match);
        var (reportCode, childCode) = (match.Key.ReportId, match.Key.FoundChildId);
        var both = await photos.ListForMatchAsync(match.Id, reportCode, childCode, Actor.Of(UserClaimsPrincipal), HttpContext.RequestAborted);
        return View((
            new PhotoPanel(PhotoOwner.Report, reportCode, both.Report, CanWrite: false, MaxMegabytes: 0),
            new PhotoPanel(PhotoOwner.FoundChild, childCode, both.FoundChild, CanWrite: false, MaxMegabytes: 0)));
    }
}
