using Homeward.Data.Photos;

namespace Homeward.Web.Pages.Photos;

/// <summary>The addresses of photos and of the cases they belong to.</summary>
internal static class PhotoRoutes
{
    private const string ReportSegment = "report";
    private const string FoundChildSegment = "found-child";

    /// <summary>The owner named by a route segment (<c>report</c>, <c>found-child</c>), or null.</summary>
    public static PhotoOwner? Owner(string? segment) => segment switch
    {
        ReportSegment => PhotoOwner.Report,
        FoundChildSegment => PhotoOwner.FoundChild,
        _ => null,
    };

    public static string Segment(PhotoOwner owner) => owner == PhotoOwner.Report ? ReportSegment : FoundChildSegment;

    /// <summary>The case's page.</summary>
    public static string Case(PhotoOwner owner, string code) =>
        (owner == PhotoOwner.Report ? "/Reports/Detail/" : "/FoundChildren/Detail/") + Uri.EscapeDataString(code);

    public static string Image(Guid id) => "/Photos/Image/" + id.ToString("D");
}
