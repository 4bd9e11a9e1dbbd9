using System.Text;

namespace Homeward.Intel.Ingest;

/// <summary>
/// Turns captured bytes into text: a UTF-8, UTF-16 LE or UTF-16 BE byte order mark is honoured and
/// dropped; without one the bytes must be valid UTF-8 (logs saved as GBK must be converted first).
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (string? Text, string? Error) Decode(ReadOnlySpan<byte> bytes)
    {
        try
        {
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                return (StrictUtf8.GetString(bytes[3..]), null);
            }

            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            {
                return (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes[2..]), null);
            }

            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            {
                return (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes[2..]), null);
            }

            return (StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException e)
        {
            return (null, $"not UTF-8 or UTF-16 text (byte {e.Index} is invalid); convert the file first, e.g. from GBK with iconv");
        }
    }
}
