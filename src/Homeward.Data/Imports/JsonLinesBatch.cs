using System.Buffers;
using System.Collections.Concurrent;
using Homeward.Data.Profiles;
using Homeward.Search.JsonLines;

namespace Homeward.Data.Imports;

/// <summary>
/// A run of consecutive JSON Lines of one source, copied out of the reading buffer so that it can be
/// parsed on another thread: lines do not depend on each other, and each keeps its own number, so
/// batches parsed in parallel and taken back in order give exactly what one thread would. The
/// copy lives in a pooled buffer, returned once the batch is parsed (a batch of 1,000 profiles is
/// ~600 KB: fresh arrays of that size would be large-object allocations, collected only with
/// generation 2).
/// </summary>
internal sealed class JsonLinesBatch(string source)
{
    private static readonly ConcurrentBag<JsonLinesProfileReader> Readers = [];
    private readonly List<(int Number, int Start, int Length)> _lines = [];
    private byte[] _bytes = ArrayPool<byte>.Shared.Rent(1 << 16);
    private int _used;

    /// <summary>Lines in the batch.</summary>
    public int Count => _lines.Count;

    /// <summary>The batches of a source's lines, <paramref name="size"/> lines each (the last may have fewer).</summary>
    public static IEnumerable<JsonLinesBatch> Read(ImportSource source, int size)
    {
        var batch = new JsonLinesBatch(source.Name);
        foreach (var line in Lines(source))
        {
            batch.Add(line);
            if (batch.Count == size)
            {
                yield return batch;
                batch = new JsonLinesBatch(source.Name);
            }
        }

        if (batch.Count > 0)
        {
            yield return batch;
        }
    }

    /// <summary>Parses the lines and prepares each profile's canonical form and hash (any thread; once).</summary>
    public List<ImportItem> Parse()
    {
        ObjectDisposedException.ThrowIf(_bytes.Length == 0, this);
        var reader = Readers.TryTake(out var free) ? free : new JsonLinesProfileReader();
        var items = new List<ImportItem>(_lines.Count);
        foreach (var (number, start, length) in _lines)
        {
            var item = reader.Read(_bytes.AsMemory(start, length), number, source);
            item.Profile?.Prepare();
            items.Add(item);
        }

        Readers.Add(reader);
        ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = [];
        return items;
    }

    private void Add(Utf8Line line)
    {
        if (_bytes.Length - _used < line.Bytes.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_bytes.Length * 2, _used + line.Bytes.Length));
            _bytes.AsSpan(0, _used).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = larger;
        }

        line.Bytes.Span.CopyTo(_bytes.AsSpan(_used));
        _lines.Add((line.Number, _used, line.Bytes.Length));
        _used += line.Bytes.Length;
    }

    /// <summary>The lines of a source: from its bytes when it has them and they are UTF-8, else through its text reader.</summary>
    private static IEnumerable<Utf8Line> Lines(ImportSource source)
    {
        if (source.OpenBytes is { } open)
        {
            using var stream = open();
            if (!HasWideByteOrderMark(stream))
            {
                foreach (var line in Utf8Lines.Read(stream))
                {
                    yield return line;
                }

                yield break;
            }
        }

        using var reader = source.Open();
        foreach (var line in Utf8Lines.Read(reader))
        {
            yield return line;
        }
    }

    /// <summary>Whether a (seekable) stream starts with a UTF-16 or UTF-32 byte-order mark; it is left at its start.</summary>
    private static bool HasWideByteOrderMark(Stream stream)
    {
        if (!stream.CanSeek)
        {
            return false;
        }

        Span<byte> start = stackalloc byte[4];
        var read = stream.ReadAtLeast(start, 4, throwOnEndOfStream: false);
        stream.Position = 0;
        return read >= 2 && (start[..2].SequenceEqual((ReadOnlySpan<byte>)[0xFF, 0xFE]) || start[..2].SequenceEqual((ReadOnlySpan<byte>)[0xFE, 0xFF])
            || (read == 4 && start.SequenceEqual((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF])));
    }
}
