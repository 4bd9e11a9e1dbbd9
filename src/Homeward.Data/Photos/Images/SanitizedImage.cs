namespace Homeward.Data.Photos.Images;

/// <summary>An upload that passed validation, with the metadata that could locate a child removed.</summary>
/// <param name="Format">The format its bytes say it is.</param>
/// <param name="Width">Width in pixels, from the header.</param>
/// <param name="Height">Height in pixels, from the header.</param>
/// <param name="Bytes">The image as stored: the upload without the removed segments or chunks, nothing after its end.</param>
/// <param name="Removed">What was removed, e.g. <c>JPEG APP1 (Exif)</c>, <c>PNG tEXt</c>, in file order.</param>
public sealed record SanitizedImage(ImageFormat Format, int Width, int Height, byte[] Bytes, IReadOnlyList<string> Removed)
{
    /// <summary>The media type of <see cref="Format"/>.</summary>
    public string ContentType => ImageSanitizer.ContentType(Format);
}
