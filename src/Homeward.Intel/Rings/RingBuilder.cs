using Homeward.Intel.Entities;
using Homeward.Intel.Templates;

namespace Homeward.Intel.Rings;

/// <summary>
/// Links posts into rings: a bipartite graph of posts and identifiers (phones, QQ, WeChat, e-mail, bank
/// cards, Alipay, identity numbers and, optionally, author accounts). Identifiers held by more posts than
/// the cap are generic and do not link. Connected components are the rings; a component larger than
/// <see cref="RingOptions.SplitAbove"/> is split into the Louvain communities of its post–post graph,
/// where an identifier of degree d weighs 1 / (d − 1) per pair (down-weighting common identifiers). Posts with no linking identifier are not in any ring.
/// </summary>
public static class RingBuilder
{
    /// <summary>The rings of a batch, largest first; and the ring index of every post (-1 for none).</summary>
    public static (IReadOnlyList<Ring> Rings, int[] RingOf) Build(IReadOnlyList<PostAnalysis> posts, RingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(posts);
        options ??= new RingOptions();
        var identifierIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var identifiers = new List<(string Type, string Value)>();
        var holders = new List<List<int>>();
        var postIdentifiers = new List<int>[posts.Count];
        for (var p = 0; p < posts.Count; p++)
        {
            var own = new List<int>();
            postIdentifiers[p] = own;
            if (options.FlaggedOnly && !posts[p].Flagged)
            {
                continue;
            }

            foreach (var (type, value, key) in KeysOf(posts[p], options))
            {
                if (!identifierIndex.TryGetValue(key, out var id))
                {
                    id = identifiers.Count;
                    identifierIndex[key] = id;
                    identifiers.Add((type, value));
                    holders.Add([]);
                }

                if (!own.Contains(id))
                {
                    own.Add(id);
                    holders[id].Add(p);
                }
            }
        }

        var generic = holders.Select(h => h.Count > options.DegreeCap).ToArray();
        var union = new UnionFind(posts.Count);
        for (var id = 0; id < holders.Count; id++)
        {
            if (generic[id])
            {
                continue;
            }

            var h = holders[id];
            for (var k = 1; k < h.Count; k++)
            {
                union.Union(h[0], h[k]);
            }
        }

        var groups = new List<(int[] Posts, bool Split)>();
        foreach (var component in union.Components())
        {
            if (component.Length < 2)
            {
                continue;
            }

            if (component.Length <= options.SplitAbove)
            {
                groups.Add((component, false));
                continue;
            }

            foreach (var community in Split(component, postIdentifiers, holders, generic))
            {
                if (community.Length >= 2)
                {
                    groups.Add((community, true));
                }
            }
        }

        groups.Sort((a, b) => a.Posts.Length != b.Posts.Length ? b.Posts.Length.CompareTo(a.Posts.Length) : a.Posts[0].CompareTo(b.Posts[0]));
        var ringOf = Enumerable.Repeat(-1, posts.Count).ToArray();
        var rings = new List<Ring>(groups.Count);
        foreach (var (members, split) in groups)
        {
            var index = rings.Count;
            foreach (var p in members)
            {
                ringOf[p] = index;
            }

            var counts = members.SelectMany(p => postIdentifiers[p]).GroupBy(id => id).ToList();
            var linking = counts.Where(g => !generic[g.Key]).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
                .Select(g => (identifiers[g.Key].Type, identifiers[g.Key].Value, g.Count())).ToList();
            var common = counts.Where(g => generic[g.Key]).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
                .Select(g => (identifiers[g.Key].Type, identifiers[g.Key].Value, g.Count())).ToList();
            rings.Add(new Ring("r" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), members, linking, common, split));
        }

        return (rings, ringOf);
    }

    /// <summary>Louvain communities of the posts of one component, on the post–post projection of its
    /// identifiers: an identifier held by d posts adds 1 / (d − 1) to each pair of them, so every post
    /// gets weight about 1 from each identifier it holds whatever d is. (Louvain on the bipartite
    /// post–identifier graph splits rings by phone number; the projection keeps them whole.)</summary>
    private static IEnumerable<int[]> Split(int[] component, List<int>[] postIdentifiers, List<List<int>> holders, bool[] generic)
    {
        var local = new Dictionary<int, int>();
        for (var i = 0; i < component.Length; i++)
        {
            local[component[i]] = i;
        }

        var weights = new Dictionary<(int, int), double>();
        foreach (var id in component.SelectMany(p => postIdentifiers[p]).Distinct())
        {
            if (generic[id])
            {
                continue;
            }

            var h = holders[id];
            var w = 1.0 / (h.Count - 1);
            for (var x = 0; x < h.Count; x++)
            {
                for (var y = x + 1; y < h.Count; y++)
                {
                    var a = local[h[x]];
                    var b = local[h[y]];
                    var key = a < b ? (a, b) : (b, a);
                    weights[key] = weights.GetValueOrDefault(key) + w;
                }
            }
        }

        var communities = Louvain.Communities(component.Length, weights.Select(kv => (kv.Key.Item1, kv.Key.Item2, kv.Value)).ToList());
        return Enumerable.Range(0, component.Length)
            .GroupBy(i => communities[i])
            .Select(g => g.Select(i => component[i]).ToArray());
    }

    /// <summary>The linking keys of a post. Phones (and Alipay accounts that are phones) share the E.164
    /// key, e-mails (and Alipay e-mails) the address, so one number links whatever role it is written in.</summary>
    internal static IEnumerable<(string Type, string Value, string Key)> KeysOf(PostAnalysis post, RingOptions options)
    {
        foreach (var e in post.Entities)
        {
            if (!e.Type.IsIdentifier())
            {
                continue;
            }

            yield return (e.Type.ToContractName(), e.Value, IdentifierKey(e.Type.ToContractName(), e.Value));
        }

        if (options.LinkAuthors && !string.IsNullOrEmpty(post.Post.Author))
        {
            var account = (post.Post.Source ?? "") + "/" + post.Post.Author;
            yield return ("account", account, "account:" + account);
        }
    }

    /// <summary>The node key of an identifier: a phone (E.164) or an e-mail is its value whatever role it was
    /// written in; anything else is "type:value".</summary>
    internal static string IdentifierKey(string type, string value) =>
        value.StartsWith('+') || value.Contains('@', StringComparison.Ordinal) ? value : type + ":" + value;
}
