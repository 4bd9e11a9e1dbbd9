using System.Collections.Concurrent;

namespace Homeward.Data.Reading;

/// <summary>
/// Views of the registry (a page of matches, a match with both sides, its photos) kept with the
/// registry version they were read at, so that a read which finds the registry unchanged since is
/// served without querying the tables again. Exact, not time-based: on SQLite every insert, update and
/// delete of a registry table bumps the version in its own transaction (triggers of the
/// <c>RegistryVersion</c> migration), and a read compares the version inside its own snapshot, so a
/// cached view is used only when the tables it came from are what the read would see. Every read is
/// still audited; what is saved is the query, not the record of it. The cached values are immutable
/// records. Bounded: past <see cref="Capacity"/> views it starts again empty.
/// </summary>
public sealed class ReadCache
{
    private readonly ConcurrentDictionary<(string Kind, string Key), Entry> _views = new();
    private long _hits;

    /// <summary>A cache of at most <paramref name="capacity"/> views.</summary>
    public ReadCache(int capacity = 1024)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
    }

    /// <summary>The most views kept.</summary>
    public int Capacity { get; }

    /// <summary>Views kept now.</summary>
    public int Count => _views.Count;

    /// <summary>Reads served from the cache so far.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>The view of <paramref name="kind"/> and <paramref name="key"/> cached at <paramref name="version"/>, if there is one.</summary>
    public bool TryGet<T>(string kind, string key, long version, out T value)
    {
        if (_views.TryGetValue((kind, key), out var entry) && entry.Version == version && entry.Value is T cached)
        {
            Interlocked.Increment(ref _hits);
            value = cached;
            return true;
        }

        value = default!;
        return false;
    }

    /// <summary>Keeps a view read at <paramref name="version"/> (replacing one of an older version).</summary>
    public void Set<T>(string kind, string key, long version, T value)
    {
        if (_views.Count >= Capacity)
        {
            _views.Clear();
        }

        _views.AddOrUpdate((kind, key), new Entry(version, value), (_, old) => old.Version > version ? old : new Entry(version, value));
    }

    private sealed record Entry(long Version, object? Value);
}
