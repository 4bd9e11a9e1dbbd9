namespace Homeward.Data.Photos;

/// <summary>The photos of both sides of a match, each oldest first.</summary>
/// <param name="Report">The missing child's, from the report.</param>
/// <param name="FoundChild">The found child's.</param>
public sealed record MatchPhotos(IReadOnlyList<PhotoInfo> Report, IReadOnlyList<PhotoInfo> FoundChild);
