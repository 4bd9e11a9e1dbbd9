using FsCheck;
using Homeward.Data.Photos.Images;
using static Homeward.Data.Tests.Photos.TestImages;

namespace Homeward.Data.Tests.Photos;

/// <summary>What an upload must be to be stored, and what comes out of it.</summary>
public sealed class ImageSanitizerTests
{
    [Fact]
    public void A_jpeg_comes_out_without_its_gps_exif_xmp_comment_and_trailer()
    {
        var input = JpegWithGps(640, 480);
        Contains(input, Secret).ShouldBeTrue("the test image carries the location");

        var image = ImageSanitizer.Sanitize(input, Limits).Value;

        image.Format.ShouldBe(ImageFormat.Jpeg);
        image.ContentType.ShouldBe("image/jpeg");
        (image.Width, image.Height).ShouldBe((640, 480));
        image.Bytes.ShouldBe(JpegClean(640, 480));
        Contains(image.Bytes, "Exif").ShouldBeFalse();
        Contains(image.Bytes, Secret).ShouldBeFalse();
        image.Removed.ShouldBe(["JPEG APP1 (Exif)", "JPEG APP1 (XMP)", "JPEG COM"]);
    }

    [Fact]
    public void A_png_comes_out_without_text_exif_and_time_chunks()
    {
        var image = ImageSanitizer.Sanitize(PngWithText(4, 3), Limits).Value;

        image.ContentType.ShouldBe("image/png");
        (image.Width, image.Height).ShouldBe((4, 3));
        image.Bytes.ShouldBe(PngClean(4, 3));
        Contains(image.Bytes, Secret).ShouldBeFalse();
        image.Removed.ShouldBe(["PNG tEXt", "PNG iTXt", "PNG zTXt", "PNG eXIf", "PNG tIME"]);
    }

    [Fact]
    public void A_webp_comes_out_without_exif_and_xmp_chunks_and_flags()
    {
        var image = ImageSanitizer.Sanitize(WebPWithExif(320, 200), Limits).Value;

        image.ContentType.ShouldBe("image/webp");
        (image.Width, image.Height).ShouldBe((320, 200));
        image.Bytes.ShouldBe(WebPClean(320, 200));
        Contains(image.Bytes, Secret).ShouldBeFalse();
        image.Removed.ShouldBe(["WebP EXIF", "WebP XMP"]);
    }

    [Fact]
    public void The_bytes_decide_the_type_not_the_name()
    {
        ImageSanitizer.Sniff(JpegWithGps()).ShouldBe(ImageFormat.Jpeg);
        ImageSanitizer.Sniff(PngWithText()).ShouldBe(ImageFormat.Png);
        ImageSanitizer.Sniff(WebPWithExif()).ShouldBe(ImageFormat.WebP);
        ImageSanitizer.Sniff("GIF89a\x01\0\x01\0"u8).ShouldBeNull();
        ImageSanitizer.Sniff("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8).ShouldBeNull();
        ImageSanitizer.Sniff("<html><script>alert(1)</script>"u8).ShouldBeNull();
    }

    [Theory]
    [InlineData("empty", "the file is empty")]
    [InlineData("gif", "is not a JPEG, PNG or WebP image")]
    [InlineData("html", "is not a JPEG, PNG or WebP image")]
    [InlineData("big", "at most 100 are accepted")]
    [InlineData("jpeg-no-eoi", "Jpeg: the file ends before its end-of-image marker (truncated)")]
    [InlineData("jpeg-cut-scan", "Jpeg: the file ends inside the image data (truncated)")]
    [InlineData("jpeg-cut-segment", "runs past the end of the file (truncated)")]
    [InlineData("jpeg-no-frame", "Jpeg: the file has no frame or no scan")]
    [InlineData("jpeg-zero", "Jpeg: the header gives a size of 640×0 pixels")]
    [InlineData("jpeg-huge", "Jpeg: the image is 65535×65535 pixels; at most 12000 a side")]
    [InlineData("png-crc", "Png: chunk IDAT at byte 49 fails its CRC")]
    [InlineData("png-no-iend", "Png: the file ends before its IEND chunk (truncated)")]
    [InlineData("png-first", "Png: the first chunk is not a 13-byte IHDR")]
    [InlineData("png-critical", "Png: unknown critical chunk ABCD")]
    [InlineData("png-bomb", "Png: the image is 10000×10000 pixels; at most 12000 a side and 50000000 in all")]
    [InlineData("webp-short", "WebP: the file is shorter than its RIFF header says (truncated)")]
    [InlineData("webp-header", "WebP: the first chunk 'EXIF' is not a valid VP8X, VP8 or VP8L header")]
    [InlineData("webp-no-image", "WebP: the file has no image data")]
    public void Malformed_truncated_and_absurd_files_are_refused_with_the_reason(string name, string reason)
    {
        byte[] input = name switch
        {
            "empty" => [],
            "gif" => [.. "GIF89a"u8, 1, 0, 1, 0],
            "html" => [.. "<html><img src=x onerror=alert(1)>"u8],
            "big" => JpegWithGps(),
            "jpeg-no-eoi" => [0xFF, 0xD8, .. Jfif],
            "jpeg-cut-scan" => JpegClean()[..^2],
            "jpeg-cut-segment" => JpegClean()[..30],
            "jpeg-no-frame" => [0xFF, 0xD8, .. Jfif, .. EndOfImage],
            "jpeg-zero" => JpegClean(640, 0),
            "jpeg-huge" => JpegClean(65535, 65535),
            "png-crc" => Corrupt(PngClean(), 60),
            "png-no-iend" => PngClean()[..^12],
            "png-first" => [.. PngSignature, .. Chunk("gAMA", [0, 0, 0xB1, 0x8F]), .. PngClean()[8..]],
            "png-critical" => [.. PngSignature, .. Header(4, 3), .. Chunk("ABCD", [1]), .. PixelData(4, 3), .. Chunk("IEND", [])],
            "png-bomb" => [.. PngSignature, .. Header(10_000, 10_000), .. PixelData(1, 1), .. Chunk("IEND", [])],
            "webp-short" => WebPClean()[..^3],
            "webp-header" => Riff(RiffChunk("EXIF", [1, 2, 3, 4]), Lossy(2, 2)),
            "webp-no-image" => Riff(Extended(0, 2, 2)),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
        var limits = name == "big" ? Limits with { MaxBytes = 100 } : Limits;

        var result = ImageSanitizer.Sanitize(input, limits, "photo");

        result.IsSuccess.ShouldBeFalse(name);
        result.Errors.Single().Place.ShouldBe("photo");
        result.Errors.Single().Message.ShouldContain(reason);
    }

    [Fact]
    public void A_jpeg_with_a_restart_marker_in_its_scan_keeps_it()
    {
        var image = ImageSanitizer.Sanitize(JpegClean(), Limits).Value;
        image.Bytes.AsSpan().IndexOf(new byte[] { 0xFF, 0xD0, 0x78 }).ShouldBeGreaterThan(0);
        image.Removed.ShouldBeEmpty();
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool Every_truncation_of_an_image_is_refused(PositiveInt cut, byte kind)
    {
        var full = (kind % 3) switch
        {
            0 => JpegWithGps(),
            1 => PngWithText(),
            _ => WebPClean(),
        };
        var clean = ImageSanitizer.Sanitize(full, Limits).Value.Bytes;
        var length = cut.Get % clean.Length;
        return !ImageSanitizer.Sanitize(clean.AsSpan(0, length), Limits).IsSuccess;
    }

    /// <summary>
    /// One damaged byte anywhere: the file is refused, or what comes out is clean (cleaning it again drops
    /// nothing). A PNG never lets the location through, as its CRCs cover every chunk's type and data; in a
    /// JPEG or WebP a damaged length can make a dropped segment part of a kept one, which no parser of the
    /// structure can tell from image data.
    /// </summary>
    [FsCheck.Xunit.Property(MaxTest = 500)]
    public bool Damaged_images_never_throw_and_what_passes_is_clean(PositiveInt position, byte value, byte kind)
    {
        var image = (kind % 3) switch
        {
            0 => JpegWithGps(),
            1 => PngWithText(),
            _ => WebPWithExif(),
        };
        image[position.Get % image.Length] = value;
        var result = ImageSanitizer.Sanitize(image, Limits);
        if (!result.IsSuccess)
        {
            return true;
        }

        var again = ImageSanitizer.Sanitize(result.Value.Bytes, Limits);
        return again.IsSuccess && again.Value.Removed.Count == 0 && again.Value.Bytes.AsSpan().SequenceEqual(result.Value.Bytes)
            && (kind % 3 != 1 || !Contains(result.Value.Bytes, Secret));
    }

    [FsCheck.Xunit.Property(MaxTest = 300)]
    public bool Random_bytes_never_throw(byte[] bytes, bool asJpeg)
    {
        byte[] input = asJpeg ? [0xFF, 0xD8, 0xFF, .. bytes] : bytes;
        var result = ImageSanitizer.Sanitize(input, Limits);
        return result.IsSuccess || result.Errors.Count == 1;
    }

    [Fact]
    public void Cleaning_a_clean_image_changes_nothing()
    {
        foreach (var input in new[] { JpegWithGps(), PngWithText(), WebPWithExif() })
        {
            var once = ImageSanitizer.Sanitize(input, Limits).Value;
            var twice = ImageSanitizer.Sanitize(once.Bytes, Limits).Value;
            twice.Bytes.ShouldBe(once.Bytes);
            twice.Removed.ShouldBeEmpty();
        }
    }

    private static byte[] Corrupt(byte[] bytes, int at)
    {
        var copy = (byte[])bytes.Clone();
        copy[at] ^= 0x5A;
        return copy;
    }
}
