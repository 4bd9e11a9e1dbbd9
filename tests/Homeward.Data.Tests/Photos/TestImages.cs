using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Homeward.Data.Photos.Images;

namespace Homeward.Data.Tests.Photos;

/// <summary>
/// Images built byte by byte for the tests, each from named parts so a test can say which parts must
/// come out: a JPEG with a GPS Exif block, XMP and a comment; a PNG (decodable: its IDAT is real zlib)
/// with text and eXIf chunks; a WebP with EXIF and XMP chunks.
/// </summary>
internal static class TestImages
{
    /// <summary>A latitude that would locate a child, as the ASCII an Exif GPS block or XMP might carry.</summary>
    public const string Secret = "25.0389N102.7183E";

    public static byte[] Segment(byte marker, byte[] payload)
    {
        var bytes = new byte[4 + payload.Length];
        bytes[0] = 0xFF;
        bytes[1] = marker;
        BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(2), (ushort)(payload.Length + 2));
        payload.CopyTo(bytes, 4);
        return bytes;
    }

    public static byte[] Jfif => Segment(0xE0, [.. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0]);

    /// <summary>APP1 Exif: a big-endian TIFF header, IFD0 with one GPSInfo (0x8825) entry, and a GPS IFD with GPSLatitudeRef and an ASCII GPS field.</summary>
    public static byte[] ExifWithGps
    {
        get
        {
            var tiff = new List<byte>();
            tiff.AddRange("MM\0*"u8.ToArray());
            tiff.AddRange(BigEndian(8));                           // IFD0 at 8
            tiff.AddRange(BigEndian16(1));                          // one entry
            tiff.AddRange([0x88, 0x25, 0, 4, 0, 0, 0, 1]);          // GPSInfo, LONG, count 1
            tiff.AddRange(BigEndian(26));                           // GPS IFD at 26
            tiff.AddRange(BigEndian(0));                            // no next IFD
            tiff.AddRange(BigEndian16(2));                          // GPS IFD: two entries
            tiff.AddRange([0, 1, 0, 2, 0, 0, 0, 2, (byte)'N', 0, 0, 0]); // GPSLatitudeRef "N"
            var secret = Encoding.ASCII.GetBytes(Secret + "\0");
            tiff.AddRange([0, 0x1B, 0, 7]);                         // GPSProcessingMethod, UNDEFINED
            tiff.AddRange(BigEndian(secret.Length));
            tiff.AddRange(BigEndian(56));
            tiff.AddRange(BigEndian(0));
            tiff.AddRange(secret);
            return Segment(0xE1, [.. "Exif\0\0"u8, .. tiff]);
        }
    }

    public static byte[] Xmp => Segment(0xE1, [.. "http://ns.adobe.com/xap/1.0/\0"u8, .. Encoding.ASCII.GetBytes($"<x:xmpmeta><exif:GPSLatitude>{Secret}</exif:GPSLatitude></x:xmpmeta>")]);

    public static byte[] Comment => Segment(0xFE, Encoding.ASCII.GetBytes("taken at " + Secret));

    public static byte[] Icc => Segment(0xE2, [.. "ICC_PROFILE\0"u8, 1, 1, 0, 0, 0, 0]);

    public static byte[] Quantisation => Segment(0xDB, [0, .. Enumerable.Repeat((byte)1, 64)]);

    public static byte[] Frame(int width, int height) =>
        Segment(0xC0, [8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 1, 1, 0x11, 0]);

    public static byte[] Huffman => Segment(0xC4, [0x00, 1, .. new byte[15], 0]);

    public static byte[] ScanHeader => Segment(0xDA, [1, 1, 0x00, 0, 63, 0]);

    /// <summary>Entropy-coded bytes with a stuffed 0xFF and a restart marker inside.</summary>
    public static byte[] ScanData => [0x12, 0x34, 0xFF, 0x00, 0x56, 0xFF, 0xD0, 0x78, 0x9A];

    public static byte[] EndOfImage => [0xFF, 0xD9];

    /// <summary>A JPEG of <paramref name="width"/>×<paramref name="height"/> with GPS Exif, XMP, a comment and an ICC profile, and bytes after its end.</summary>
    public static byte[] JpegWithGps(int width = 640, int height = 480) =>
        [0xFF, 0xD8, .. Jfif, .. ExifWithGps, .. Xmp, .. Icc, .. Comment, .. Quantisation, .. Frame(width, height), .. Huffman, .. ScanHeader, .. ScanData, .. EndOfImage, .. Encoding.ASCII.GetBytes("trailing " + Secret)];

    /// <summary>What <see cref="JpegWithGps"/> must come out as: the same without Exif, XMP, comment and trailer.</summary>
    public static byte[] JpegClean(int width = 640, int height = 480) =>
        [0xFF, 0xD8, .. Jfif, .. Icc, .. Quantisation, .. Frame(width, height), .. Huffman, .. ScanHeader, .. ScanData, .. EndOfImage];

    public static byte[] Chunk(string type, byte[] data)
    {
        var bytes = new byte[12 + data.Length];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, (uint)data.Length);
        Encoding.ASCII.GetBytes(type).CopyTo(bytes, 4);
        data.CopyTo(bytes, 8);
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(8 + data.Length), Crc(bytes.AsSpan(4, 4 + data.Length)));
        return bytes;
    }

    public static byte[] Header(int width, int height) =>
        Chunk("IHDR", [.. BigEndian(width), .. BigEndian(height), 8, 0, 0, 0, 0]);

    /// <summary>Real zlib data of a grey image (filter byte 0 then one byte per pixel per row).</summary>
    public static byte[] PixelData(int width, int height)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            for (var y = 0; y < height; y++)
            {
                zlib.WriteByte(0);
                for (var x = 0; x < width; x++)
                {
                    zlib.WriteByte((byte)(x * 255 / Math.Max(1, width - 1)));
                }
            }
        }

        return Chunk("IDAT", buffer.ToArray());
    }

    public static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static byte[] PngWithText(int width = 4, int height = 3) =>
        [.. PngSignature, .. Header(width, height), .. Chunk("gAMA", [0, 0, 0xB1, 0x8F]),
         .. Chunk("tEXt", Encoding.Latin1.GetBytes("Location\0" + Secret)),
         .. Chunk("iTXt", Encoding.UTF8.GetBytes("GPS\0\0\0\0\0" + Secret)),
         .. Chunk("zTXt", [.. "Comment\0\0"u8, .. Compress(Secret)]),
         .. Chunk("eXIf", [.. "MM\0*"u8, .. Encoding.ASCII.GetBytes(Secret)]),
         .. PixelData(width, height), .. Chunk("tIME", [7, 0xEA, 12, 2, 8, 0, 0]), .. Chunk("IEND", []), .. Encoding.ASCII.GetBytes(Secret)];

    public static byte[] PngClean(int width = 4, int height = 3) =>
        [.. PngSignature, .. Header(width, height), .. Chunk("gAMA", [0, 0, 0xB1, 0x8F]), .. PixelData(width, height), .. Chunk("IEND", [])];

    public static byte[] RiffChunk(string type, byte[] data)
    {
        var padded = data.Length + (data.Length & 1);
        var bytes = new byte[8 + padded];
        Encoding.ASCII.GetBytes(type).CopyTo(bytes, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), (uint)data.Length);
        data.CopyTo(bytes, 8);
        return bytes;
    }

    public static byte[] Riff(params byte[][] chunks)
    {
        byte[] body = [.. "WEBP"u8, .. chunks.SelectMany(c => c)];
        var bytes = new byte[8 + body.Length];
        "RIFF"u8.CopyTo(bytes);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4), (uint)body.Length);
        body.CopyTo(bytes, 8);
        return bytes;
    }

    /// <summary>VP8X with the given flags and canvas size.</summary>
    public static byte[] Extended(byte flags, int width, int height) =>
        RiffChunk("VP8X", [flags, 0, 0, 0, (byte)(width - 1), (byte)((width - 1) >> 8), (byte)((width - 1) >> 16), (byte)(height - 1), (byte)((height - 1) >> 8), (byte)((height - 1) >> 16)]);

    /// <summary>A VP8 key frame header of the given size, then a few bytes of (meaningless) data; odd length, so padded.</summary>
    public static byte[] Lossy(int width, int height) =>
        RiffChunk("VP8 ", [0x10, 0x02, 0x00, 0x9D, 0x01, 0x2A, (byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 1, 2, 3]);

    public static byte[] WebPWithExif(int width = 320, int height = 200) =>
        [.. Riff(Extended(0x08 | 0x04, width, height), Lossy(width, height), RiffChunk("EXIF", [.. "MM\0*"u8, .. Encoding.ASCII.GetBytes(Secret)]), RiffChunk("XMP ", Encoding.ASCII.GetBytes(Secret))), .. Encoding.ASCII.GetBytes(Secret)];

    public static byte[] WebPClean(int width = 320, int height = 200) =>
        Riff(Extended(0, width, height), Lossy(width, height));

    public static bool Contains(byte[] haystack, string text) => haystack.AsSpan().IndexOf(Encoding.ASCII.GetBytes(text)) >= 0;

    public static ImageLimits Limits => new();

    private static byte[] Compress(string text)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(Encoding.ASCII.GetBytes(text));
        }

        return buffer.ToArray();
    }

    private static byte[] BigEndian(int value)
    {
        var b = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(b, value);
        return b;
    }

    private static byte[] BigEndian16(int value) => [(byte)(value >> 8), (byte)value];

    /// <summary>The PNG CRC, computed here independently of the product's table (bit by bit).</summary>
    private static uint Crc(ReadOnlySpan<byte> data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
            }
        }

        return ~crc;
    }
}
