using System.Globalization;
using Homeward.Kinship;

namespace Homeward.Data.Photos.Images;

/// <summary>
/// Checks an uploaded photo and removes what could locate the child in it, over the file's own byte
/// structure (no image library): the format is told by the first bytes (the browser's type and the file
/// name are never trusted), the size is read from the header and refused when absurd, and the structure
/// is walked to its end marker so a truncated or malformed file is refused rather than stored.
/// JPEG keeps only the segments needed to decode it (APP0 JFIF, APP2 ICC profile, APP14 Adobe colour
/// transform, tables, frame and scans): APP1 (Exif with its GPS block, XMP), every other APPn and
/// comments go. PNG keeps the critical chunks and the colour and transparency ones; text (tEXt, iTXt,
/// zTXt), eXIf, time and any other ancillary chunk go. WebP drops its EXIF and XMP chunks and their
/// flags. Pixels are not decoded: a file whose structure is sound but whose compressed data is garbage
/// is stored, and shows as a broken image.
/// </summary>
public static class ImageSanitizer
{
    /// <summary>The media type of a format.</summary>
    public static string ContentType(ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => "image/jpeg",
        ImageFormat.Png => "image/png",
        _ => "image/webp",
    };

    /// <summary>The format the first bytes say, or null for anything else.</summary>
    public static ImageFormat? Sniff(ReadOnlySpan<byte> data)
    {
        if (data.Length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF)
        {
            return ImageFormat.Jpeg;
        }

        if (data.StartsWith(PngSanitizer.Signature))
        {
            return ImageFormat.Png;
        }

        if (data.Length >= 12 && data[..4].SequenceEqual("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8))
        {
            return ImageFormat.WebP;
        }

        return null;
    }

    /// <summary>The upload checked and cleaned, or an error on <paramref name="field"/> saying why it is refused.</summary>
    public static Result<SanitizedImage> Sanitize(ReadOnlySpan<byte> data, ImageLimits limits, string field = "file")
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (data.IsEmpty)
        {
            return Result<SanitizedImage>.Failure(field, "the file is empty");
        }

        if (data.Length > limits.MaxBytes)
        {
            return Result<SanitizedImage>.Failure(field, Invariant($"the file is {data.Length} bytes; at most {limits.MaxBytes} are accepted"));
        }

        if (Sniff(data) is not { } format)
        {
            return Result<SanitizedImage>.Failure(field, "the file is not a JPEG, PNG or WebP image (its bytes decide, not its name or type)");
        }

        var parse = format switch
        {
            ImageFormat.Jpeg => JpegSanitizer.Clean(data),
            ImageFormat.Png => PngSanitizer.Clean(data),
            _ => WebPSanitizer.Clean(data),
        };
        if (parse.Error is { } error)
        {
            return Result<SanitizedImage>.Failure(field, Invariant($"{format}: {error}"));
        }

        if (parse.Width < 1 || parse.Height < 1)
        {
            return Result<SanitizedImage>.Failure(field, Invariant($"{format}: the header gives a size of {parse.Width}×{parse.Height} pixels"));
        }

        if (parse.Width > limits.MaxSide || parse.Height > limits.MaxSide || (long)parse.Width * parse.Height > limits.MaxPixels)
        {
            return Result<SanitizedImage>.Failure(field, Invariant(
                $"{format}: the image is {parse.Width}×{parse.Height} pixels; at most {limits.MaxSide} a side and {limits.MaxPixels} in all are accepted"));
        }

        return new SanitizedImage(format, parse.Width, parse.Height, parse.Bytes!, parse.Removed);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
