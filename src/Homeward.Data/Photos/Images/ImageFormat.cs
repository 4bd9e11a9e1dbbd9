namespace Homeward.Data.Photos.Images;

/// <summary>The image formats a photo may be stored in, told apart by their first bytes only.</summary>
public enum ImageFormat
{
    /// <summary>JPEG (JFIF or Exif), <c>image/jpeg</c>.</summary>
    Jpeg,

    /// <summary>PNG, <c>image/png</c>.</summary>
    Png,

    /// <summary>WebP (RIFF), <c>image/webp</c>.</summary>
    WebP,
}
