using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Homeward.Data.Photos.Images;

/// <summary>
/// Walks a WebP's RIFF chunks (RFC 9649, the WebP container) and keeps the image chunks (VP8, VP8L,
/// VP8X, ALPH, ICCP, ANIM, ANMF); EXIF, XMP and unknown chunks are dropped and the VP8X flags that
/// announce EXIF and XMP cleared. The size is read from VP8X when present, else from the VP8 frame
/// header or the VP8L header. Anything after the RIFF length is dropped.
/// </summary>
internal static class WebPSanitizer
{
    private const byte ExifFlag = 0x08;
    private const byte XmpFlag = 0x04;

    private static readonly HashSet<string> Kept = new(StringComparer.Ordinal) { "VP8X", "VP8 ", "VP8L", "ALPH", "ICCP", "ANIM", "ANMF" };

    public static ImageParse Clean(ReadOnlySpan<byte> data)
    {
        var riffLength = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
        if (riffLength < 4 || riffLength + 8L > data.Length)
        {
            return ImageParse.Fail("the file is shorter than its RIFF header says (truncated)");
        }

        var end = 8 + (int)riffLength;
        using var body = new MemoryStream((int)riffLength);
        body.Write("WEBP"u8);
        var removed = new List<string>();
        int width = 0, height = 0;
        var image = false;
        var pos = 12;
        var first = true;
        while (pos < end)
        {
            if (pos + 8 > end)
            {
                return ImageParse.Fail(Invariant($"the chunk header at byte {pos} is cut short (truncated)"));
            }

            var type = Encoding.ASCII.GetString(data.Slice(pos, 4));
            var length = BinaryPrimitives.ReadUInt32LittleEndian(data[(pos + 4)..]);
            var padded = length + (length & 1);
            if (pos + 8L + padded > end && !(pos + 8L + length == end))
            {
                return ImageParse.Fail(Invariant($"chunk '{type}' at byte {pos} runs past the end of the file (truncated)"));
            }

            var payload = data.Slice(pos + 8, (int)length);
            if (first)
            {
                var size = type switch
                {
                    "VP8X" => Extended(payload),
                    "VP8 " => Lossy(payload),
                    "VP8L" => Lossless(payload),
                    _ => null,
                };
                if (size is null)
                {
                    return ImageParse.Fail(Invariant($"the first chunk '{type}' is not a valid VP8X, VP8 or VP8L header"));
                }

                (width, height) = size.Value;
                first = false;
            }

            if (Kept.Contains(type))
            {
                image |= type is "VP8 " or "VP8L" or "ANMF";
                var start = (int)body.Position;
                body.Write(data.Slice(pos, 8 + (int)length));
                if ((length & 1) != 0)
                {
                    body.WriteByte(0);
                }

                if (type == "VP8X")
                {
                    var buffer = body.GetBuffer();
                    buffer[start + 8] = (byte)(buffer[start + 8] & ~(ExifFlag | XmpFlag));
                }
            }
            else
            {
                removed.Add(Invariant($"WebP {type.TrimEnd()}"));
            }

            pos += 8 + (int)padded;
        }

        if (!image)
        {
            return ImageParse.Fail("the file has no image data");
        }

        var output = new byte[8 + body.Length];
        "RIFF"u8.CopyTo(output);
        BinaryPrimitives.WriteUInt32LittleEndian(output.AsSpan(4), (uint)body.Length);
        body.GetBuffer().AsSpan(0, (int)body.Length).CopyTo(output.AsSpan(8));
        return new ImageParse(output, width, height, removed, null);
    }

    /// <summary>VP8X: flags, three reserved bytes, then canvas width − 1 and height − 1 in 24 bits each.</summary>
    private static (int, int)? Extended(ReadOnlySpan<byte> p) =>
        p.Length < 10 ? null : (1 + (p[4] | (p[5] << 8) | (p[6] << 16)), 1 + (p[7] | (p[8] << 8) | (p[9] << 16)));

    /// <summary>VP8 (RFC 6386 §9.1): a 3-byte frame tag, the start code 9D 01 2A, then 14-bit width and height.</summary>
    private static (int, int)? Lossy(ReadOnlySpan<byte> p) =>
        p.Length < 10 || p[3] != 0x9D || p[4] != 0x01 || p[5] != 0x2A
            ? null
            : (BinaryPrimitives.ReadUInt16LittleEndian(p[6..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(p[8..]) & 0x3FFF);

    /// <summary>VP8L: the signature 0x2F, then width − 1 and height − 1 in 14 bits each.</summary>
    private static (int, int)? Lossless(ReadOnlySpan<byte> p)
    {
        if (p.Length < 5 || p[0] != 0x2F)
        {
            return null;
        }

        var bits = BinaryPrimitives.ReadUInt32LittleEndian(p[1..]);
        return ((int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
