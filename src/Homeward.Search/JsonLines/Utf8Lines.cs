using System.Text;

namespace Homeward.Search.JsonLines;

/// <summary>
/// Splits text into numbered UTF-8 lines the way <see cref="TextReader.ReadLine"/> does (at
/// <c>\n</c>, <c>\r\n</c> or <c>\r</c>), leaving out blank lines (white space only) but counting
/// them. From a stream the bytes are split as they are, without decoding (a UTF-8 byte-order mark is
/// skipped); from a <see cref="TextReader"/> each line is encoded into one reused buffer.
/// </summary>
public static class Utf8Lines
{
    private const int Chunk = 1 << 16;

    /// <summary>The non-blank lines of UTF-8 bytes.</summary>
    public static IEnumerable<Utf8Line> Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadStream(stream);
    }

    /// <summary>The non-blank lines of a text, encoded as UTF-8.</summary>
    public static IEnumerable<Utf8Line> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadText(reader);
    }

    /// <summary>Whether a line is empty or white space only, as <see cref="string.IsNullOrWhiteSpace"/> decides.</summary>
    public static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
        {
            if (b is (>= 0x09 and <= 0x0D) or (>= 0x1C and <= 0x20))
            {
                continue;
            }

            return b < 0x80 ? false : string.IsNullOrWhiteSpace(Encoding.UTF8.GetString(line));
        }

        return true;
    }

    private static IEnumerable<Utf8Line> ReadText(TextReader reader)
    {
        var buffer = new byte[1024];
        var number = 0;
        while (reader.ReadLine() is { } text)
        {
            number++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var length = Encoding.UTF8.GetMaxByteCount(text.Length);
            if (buffer.Length < length)
            {
                buffer = new byte[Math.Max(length, buffer.Length * 2)];
            }

            yield return new Utf8Line(number, buffer.AsMemory(0, Encoding.UTF8.GetBytes(text, buffer)));
        }
    }

    private static IEnumerable<Utf8Line> ReadStream(Stream stream)
    {
        var buffer = new byte[Chunk];
        int start = 0, end = 0, number = 0;
        var (atEnd, first, afterCr) = (false, true, false);
        while (true)
        {
            var i = buffer.AsSpan(start, end - start).IndexOfAny((byte)'\n', (byte)'\r');
            if (i < 0 && !atEnd)
            {
                if (start > 0)
                {
                    buffer.AsSpan(start, end - start).CopyTo(buffer);
                    (end, start) = (end - start, 0);
                }

                if (end == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                var read = stream.Read(buffer, end, buffer.Length - end);
                (atEnd, end) = (read == 0, end + read);
                if (first && end - start >= 3 && buffer.AsSpan(start, 3).SequenceEqual("\uFEFF"u8))
                {
                    (start, first) = (start + 3, false);
                }

                first &= end - start < 3 && !atEnd;
                continue;
            }

            if (afterCr && start < end && buffer[start] == '\n')
            {
                (start, afterCr) = (start + 1, false); // the \n of \r\n
                continue;
            }

            afterCr = false;
            if (i < 0 && start == end)
            {
                yield break;
            }

            var length = i < 0 ? end - start : i;
            number++;
            if (!IsBlank(buffer.AsSpan(start, length)))
            {
                yield return new Utf8Line(number, buffer.AsMemory(start, length));
            }

            if (i < 0)
            {
                yield break;
            }

            afterCr = buffer[start + i] == '\r';
            start += i + 1;
        }
    }
}
