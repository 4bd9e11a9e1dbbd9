namespace Homeward.Web.Api;

/// <summary>A case's photo as the API lists it (no bytes: those are served to signed-in readers at <paramref name="Href"/>).</summary>
/// <param name="Id">The photo's id.</param>
/// <param name="ContentType">Its media type, from its bytes.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
/// <param name="Length">Bytes as stored.</param>
/// <param name="Sha256">SHA-256 of the stored bytes, lower-case hex.</param>
/// <param name="Caption">Its caption, if any.</param>
/// <param name="UploadedAt">When it was uploaded (UTC).</param>
/// <param name="Href">Where the image is served (a signed-in reader's cookie is needed there).</param>
public sealed record PhotoListed(Guid Id, string ContentType, int Width, int Height, int Length, string Sha256, string? Caption, DateTimeOffset UploadedAt, string Href);
