using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace Homeward.Data.Photos.Images;

/// <summary>
/// Walks a PNG's chunks (PNG specification, 3rd edition, §5) from IHDR to IEND, checking each CRC,
/// and keeps the critical chunks and the ancillary chunks that describe colour and transparency only.
/// Text (tEXt, iTXt, zTXt), eXIf, tIME and every other ancillary chunk are dropped; an unknown critical
/// chunk is refused (a decoder would have to refuse it too).
/// </summary>
internal static class PngSanitizer
{
    public static ReadOnlySpan<byte> Signature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static readonly HashSet<string> Kept = new(StringComparer.Ordinal)
    {
        "IHDR", "PLTE", "IDAT", "IEND", "tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "bKGD", "pHYs", "cICP", "mDCV", "cLLI",
    };

    public static ImageParse Clean(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream(data.Length);
        output.Write(Signature);
        var removed = new List<string>();
        int width = 0, height = 0;
        var sawData = false;
        var pos = Signature.Length;
        var first = true;
        while (true)
        {
            if (pos + 8 > data.Length)
            {
                return ImageParse.Fail("the file ends before its IEND chunk (truncated)");
            }

            var length = BinaryPrimitives.ReadUInt32BigEndian(data[pos..]);
            var typeBytes = data.Slice(pos + 4, 4);
            foreach (var b in typeBytes)
            {
                if (b is not (>= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z'))
                {
                    return ImageParse.Fail(Invariant($"the chunk at byte {pos} has no valid type"));
                }
            }

            var type = Encoding.ASCII.GetString(typeBytes);
            if (length > int.MaxValue || pos + 12L + length > data.Length)
            {
                return ImageParse.Fail(Invariant($"chunk {type} at byte {pos} runs past the end of the file (truncated)"));
            }

            var chunk = data.Slice(pos, 12 + (int)length);
            var stored = BinaryPrimitives.ReadUInt32BigEndian(chunk[^4..]);
            if (Crc32.Compute(chunk[4..^4]) != stored)
            {
                return ImageParse.Fail(Invariant($"chunk {type} at byte {pos} fails its CRC"));
            }

            if (first)
            {
                if (type != "IHDR" || length != 13)
                {
                    return ImageParse.Fail("the first chunk is not a 13-byte IHDR");
                }

                var w = BinaryPrimitives.ReadUInt32BigEndian(chunk[8..]);
                var h = BinaryPrimitives.ReadUInt32BigEndian(chunk[12..]);
                width = (int)Math.Min(w, int.MaxValue);
                height = (int)Math.Min(h, int.MaxValue);
                first = false;
            }
            else if (type == "IHDR")
            {
                return ImageParse.Fail("the file has a second IHDR chunk");
            }

            if (Kept.Contains(type))
            {
                output.Write(chunk);
            }
            else if (char.IsUpper(type[0]))
            {
                return ImageParse.Fail(Invariant($"unknown critical chunk {type}"));
            }
            else
            {
                removed.Add("PNG " + type);
            }

            sawData |= type == "IDAT";
            pos += chunk.Length;
            if (type == "IEND")
            {
                return sawData
                    ? new ImageParse(output.ToArray(), width, height, removed, null)
                    : ImageParse.Fail("the file has no IDAT chunk");
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
