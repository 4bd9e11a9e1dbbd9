using System.Buffers.Binary;
using System.Globalization;

namespace Homeward.Data.Photos.Images;

/// <summary>
/// Walks a JPEG's markers (ITU-T T.81 Annex B) from SOI to EOI, copying what decoding needs and dropping
/// application segments other than APP0, the APP2 ICC profile and the APP14 Adobe transform, and comments.
/// Entropy-coded data after each SOS is copied as it is, up to the next marker that is not a stuffed byte
/// or a restart marker.
/// </summary>
internal static class JpegSanitizer
{
    private const byte Soi = 0xD8;
    private const byte Eoi = 0xD9;
    private const byte Sos = 0xDA;
    private const byte Com = 0xFE;

    public static ImageParse Clean(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream(data.Length);
        output.Write([0xFF, Soi]);
        var removed = new List<string>();
        int width = 0, height = 0;
        bool frame = false, scan = false;
        var pos = 2;
        while (true)
        {
            if (pos >= data.Length)
            {
                return ImageParse.Fail("the file ends before its end-of-image marker (truncated)");
            }

            if (data[pos] != 0xFF)
            {
                return ImageParse.Fail(Invariant($"a marker was expected at byte {pos}"));
            }

            while (pos < data.Length && data[pos] == 0xFF)
            {
                pos++; // fill bytes
            }

            if (pos >= data.Length)
            {
                return ImageParse.Fail("the file ends before its end-of-image marker (truncated)");
            }

            var marker = data[pos++];
            if (marker == Eoi)
            {
                if (!frame || !scan)
                {
                    return ImageParse.Fail("the file has no frame or no scan");
                }

                output.Write([0xFF, Eoi]);
                return new ImageParse(output.ToArray(), width, height, removed, null);
            }

            if (marker is 0x00 or 0x01 or Soi or >= 0xD0 and <= 0xD7)
            {
                return ImageParse.Fail(Invariant($"unexpected marker 0xFF{marker:X2} at byte {pos - 2}"));
            }

            if (pos + 2 > data.Length)
            {
                return ImageParse.Fail("the file ends inside a segment header (truncated)");
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data[pos..]);
            if (length < 2)
            {
                return ImageParse.Fail(Invariant($"segment 0xFF{marker:X2} at byte {pos - 2} has length {length}"));
            }

            if (pos + length > data.Length)
            {
                return ImageParse.Fail(Invariant($"segment 0xFF{marker:X2} at byte {pos - 2} runs past the end of the file (truncated)"));
            }

            var payload = data.Slice(pos + 2, length - 2);
            if (IsFrame(marker))
            {
                if (frame)
                {
                    return ImageParse.Fail("the file has more than one frame header");
                }

                if (payload.Length < 6)
                {
                    return ImageParse.Fail("the frame header is too short");
                }

                frame = true;
                height = BinaryPrimitives.ReadUInt16BigEndian(payload[1..]);
                width = BinaryPrimitives.ReadUInt16BigEndian(payload[3..]);
            }

            if (Drop(marker, payload) is { } what)
            {
                removed.Add(what);
            }
            else
            {
                output.Write([0xFF, marker]);
                output.Write(data.Slice(pos, length));
            }

            pos += length;
            if (marker == Sos)
            {
                if (!frame)
                {
                    return ImageParse.Fail("a scan comes before the frame header");
                }

                scan = true;
                var end = ScanEnd(data, pos);
                if (end < 0)
                {
                    return ImageParse.Fail("the file ends inside the image data (truncated)");
                }

                output.Write(data[pos..end]);
                pos = end;
            }
        }
    }

    /// <summary>The start of the first marker after entropy-coded data beginning at <paramref name="pos"/>, or -1 at the end of the file.</summary>
    private static int ScanEnd(ReadOnlySpan<byte> data, int pos)
    {
        while (pos < data.Length)
        {
            var next = data[pos..].IndexOf((byte)0xFF);
            if (next < 0 || pos + next + 1 >= data.Length)
            {
                return -1;
            }

            pos += next;
            var following = data[pos + 1];
            if (following == 0x00 || following is >= 0xD0 and <= 0xD7)
            {
                pos += 2; // a stuffed 0xFF or a restart marker: still image data
                continue;
            }

            if (following == 0xFF)
            {
                pos++; // fill byte before a marker
                continue;
            }

            return pos;
        }

        return -1;
    }

    /// <summary>SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC).</summary>
    private static bool IsFrame(byte marker) => marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;

    /// <summary>Why a segment is dropped, or null to keep it.</summary>
    private static string? Drop(byte marker, ReadOnlySpan<byte> payload)
    {
        if (marker == Com)
        {
            return "JPEG COM";
        }

        if (marker is < 0xE0 or > 0xEF)
        {
            return null;
        }

        var kept = marker switch
        {
            0xE0 => true,
            0xE2 => payload.StartsWith("ICC_PROFILE\0"u8),
            0xEE => payload.StartsWith("Adobe"u8),
            _ => false,
        };
        if (kept)
        {
            return null;
        }

        var name = Invariant($"JPEG APP{marker - 0xE0}");
        if (payload.StartsWith("Exif\0"u8))
        {
            return name + " (Exif)";
        }

        return payload.StartsWith("http://ns.adobe.com/"u8) ? name + " (XMP)" : name;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
