using Homeward.Data.Photos;

namespace Homeward.Web.Pages.Photos;

/// <summary>The photos of one case as a page shows them, and whether the reader may add and delete.</summary>
/// <param name="Owner">A report's missing child or a found child.</param>
/// <param name="Code">The case's code.</param>
/// <param name="Photos">Its photos, oldest first.</param>
/// <param name="CanWrite">Show the upload form and the delete links.</param>
/// <param name="MaxMegabytes">The largest upload, for the form's hint.</param>
public sealed record PhotoPanel(PhotoOwner Owner, string Code, IReadOnlyList<PhotoInfo> Photos, bool CanWrite, long MaxMegabytes)
{
    /// <summary>The side of the box a thumbnail fits in, in CSS pixels.</summary>
    public const int ThumbnailBox = 160;

    /// <summary>The route segment of <see cref="Owner"/> (<c>report</c> or <c>found-child</c>).</summary>
    public string OwnerSegment => PhotoRoutes.Segment(Owner);

    /// <summary>The thumbnail's width and height: the photo scaled down (never up) to fit the box, its proportions kept.</summary>
    public static (int Width, int Height) Thumbnail(PhotoInfo photo)
    {
        ArgumentNullException.ThrowIfNull(photo);
        var scale = Math.Min(1.0, (double)ThumbnailBox / Math.Max(photo.Width, photo.Height));
        return (Math.Max(1, (int)Math.Round(photo.Width * scale)), Math.Max(1, (int)Math.Round(photo.Height * scale)));
    }
}
