namespace Homeward.Intel.Rings;

/// <summary>The identifiers of a batch's posts and which linkable posts hold each (the posts' side of the
/// ring graph, as <see cref="RingBuilder"/> sees it: only flagged posts link unless told otherwise).</summary>
internal sealed class PostIdentifiers
{
    private readonly List<(string Type, string Value, string Key)>[] _keys;
    private readonly Dictionary<string, List<int>> _holders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _order = new(StringComparer.Ordinal);
    private readonly int _cap;

    public PostIdentifiers(IReadOnlyList<PostAnalysis> posts, RingOptions options)
    {
        _cap = options.DegreeCap;
        _keys = new List<(string, string, string)>[posts.Count];
        for (var p = 0; p < posts.Count; p++)
        {
            _keys[p] = [.. RingBuilder.KeysOf(posts[p], options).DistinctBy(k => k.Key, StringComparer.Ordinal)];
            if (options.FlaggedOnly && !posts[p].Flagged)
            {
                continue;
            }

            foreach (var (_, _, key) in _keys[p])
            {
                if (!_holders.TryGetValue(key, out var holders))
                {
                    holders = [];
                    _holders[key] = holders;
                    _order[key] = _order.Count;
                }

                holders.Add(p);
            }
        }
    }

    public IReadOnlyList<(string Type, string Value, string Key)> KeysOf(int post) => _keys[post];

    /// <summary>Held by more linkable posts than the cap.</summary>
    public bool IsGeneric(string key) => _holders.TryGetValue(key, out var h) && h.Count > _cap;

    /// <summary>The linkable posts holding a non-generic identifier (none for a generic or unknown one).</summary>
    public IReadOnlyList<int> HoldersOf(string key) => _holders.TryGetValue(key, out var h) && h.Count <= _cap ? h : [];

    /// <summary>The identifiers of the members, linking and generic, most held first (then in batch order).</summary>
    public (List<(string, string, int)> Linking, List<(string, string, int)> Generic) Summary(IEnumerable<int> members)
    {
        var counts = members.SelectMany(p => _keys[p]).Where(k => _holders.ContainsKey(k.Key))
            .GroupBy(k => k.Key, StringComparer.Ordinal)
            .Select(g => (g.First().Type, g.First().Value, Key: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count).ThenBy(g => _order[g.Key])
            .ToList();
        return ([.. counts.Where(c => !IsGeneric(c.Key)).Select(c => (c.Type, c.Value, c.Count))],
            [.. counts.Where(c => IsGeneric(c.Key)).Select(c => (c.Type, c.Value, c.Count))]);
    }
}
