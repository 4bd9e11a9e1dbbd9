using System.Globalization;
using Homeward.Intel.Templates;

namespace Homeward.Intel.Rings;

/// <summary>
/// The ring graph: posts and their identifiers as in <see cref="RingBuilder"/>, plus the analysts' links to
/// suspects, operations and rescued children. The post rings are built first (cap, components, Louvain);
/// a link then joins whatever its two ends touch: a post joins its ring, an identifier every ring whose
/// posts hold it (a generic identifier none: it stays a node of its own), a suspect, an operation or a child
/// is a node. Rings are the joined groups that hold two posts or more, or one post and a suspect,
/// operation or child. Without links the rings are exactly <see cref="RingBuilder"/>'s.
/// </summary>
public sealed class RingGraph
{
    private static readonly string[] EntityKinds = ["suspect", "operation", "child"];

    private RingGraph(IReadOnlyList<LinkedRing> rings) => Rings = rings;

    /// <summary>The rings, most posts first.</summary>
    public IReadOnlyList<LinkedRing> Rings { get; }

    /// <summary>Every node of every ring.</summary>
    public IEnumerable<GraphNode> Nodes => Rings.SelectMany(r => r.Nodes);

    /// <summary>Every edge of every ring.</summary>
    public IEnumerable<GraphEdge> Edges => Rings.SelectMany(r => r.Edges);

    /// <summary>Builds the graph of a batch and its links.</summary>
    public static RingGraph Build(IReadOnlyList<PostAnalysis> posts, IReadOnlyList<RingLink> links, RingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(posts);
        ArgumentNullException.ThrowIfNull(links);
        options ??= new RingOptions();
        var (postRings, ringOf) = RingBuilder.Build(posts, options);
        var identifiers = new PostIdentifiers(posts, options);

        var postIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < posts.Count; p++)
        {
            postIndex.TryAdd(posts[p].Post.Id, p);
        }

        // Elements of the union: a unit per post ring, a unit per linked post outside any ring, a node per
        // linked suspect, operation, child, identifier or post not in the batch.
        var elements = new Dictionary<string, int>(StringComparer.Ordinal);
        int Element(string key) => elements.TryGetValue(key, out var e) ? e : elements[key] = elements.Count;
        string UnitOf(int post) => ringOf[post] >= 0 ? "ring:" + ringOf[post].ToString(CultureInfo.InvariantCulture) : "single:" + post.ToString(CultureInfo.InvariantCulture);
        for (var r = 0; r < postRings.Count; r++)
        {
            Element("ring:" + r.ToString(CultureInfo.InvariantCulture));
        }

        var pairs = new List<(int, int)>();
        var linkNodes = new Dictionary<string, LinkNode>(StringComparer.Ordinal);
        var linkEdges = new Dictionary<(string, string), int>();
        foreach (var link in links)
        {
            var ends = new[] { link.From, link.To }.Select(node => End(node)).ToArray();
            if (string.Equals(ends[0].GraphId, ends[1].GraphId, StringComparison.Ordinal))
            {
                continue;
            }

            pairs.Add((Element(ends[0].Element), Element(ends[1].Element)));
            var key = string.CompareOrdinal(ends[0].GraphId, ends[1].GraphId) < 0 ? (ends[0].GraphId, ends[1].GraphId) : (ends[1].GraphId, ends[0].GraphId);
            linkEdges[key] = linkEdges.GetValueOrDefault(key) + 1;
        }

        (string Element, string GraphId) End(LinkNode node)
        {
            if (node.Kind == "post" && postIndex.TryGetValue(node.Id, out var p))
            {
                return (UnitOf(p), "post:" + node.Id);
            }

            linkNodes.TryAdd(node.GraphId, node);
            if (node.Kind == "identifier")
            {
                foreach (var holder in identifiers.HoldersOf(LinkNode.IdentifierKeyOf(node.Id)))
                {
                    pairs.Add((Element(node.GraphId), Element(UnitOf(holder))));
                }
            }

            return (node.GraphId, node.GraphId);
        }

        var union = new UnionFind(elements.Count);
        foreach (var (a, b) in pairs)
        {
            union.Union(a, b);
        }

        var groups = new Dictionary<int, (List<int> Posts, List<LinkNode> Linked, bool Split)>();
        foreach (var (key, element) in elements)
        {
            var root = union.Find(element);
            if (!groups.TryGetValue(root, out var g))
            {
                g = ([], [], false);
            }

            if (key.StartsWith("ring:", StringComparison.Ordinal))
            {
                var ring = postRings[int.Parse(key.AsSpan(5), CultureInfo.InvariantCulture)];
                g.Posts.AddRange(ring.Posts);
                g = (g.Posts, g.Linked, g.Split || ring.SplitFromComponent);
            }
            else if (key.StartsWith("single:", StringComparison.Ordinal))
            {
                g.Posts.Add(int.Parse(key.AsSpan(7), CultureInfo.InvariantCulture));
            }
            else
            {
                g.Linked.Add(linkNodes[key]);
            }

            groups[root] = g;
        }

        var kept = groups.Values
            .Where(g => g.Posts.Count >= 2 || (g.Posts.Count == 1 && g.Linked.Any(n => EntityKinds.Contains(n.Kind))))
            .Select(g => (Posts: g.Posts.Order().ToArray(), g.Linked, g.Split))
            .OrderByDescending(g => g.Posts.Length).ThenBy(g => g.Posts[0])
            .ToList();
        var rings = new List<LinkedRing>(kept.Count);
        foreach (var (members, linked, split) in kept)
        {
            var id = "r" + (rings.Count + 1).ToString(CultureInfo.InvariantCulture);
            var (nodes, edges) = GraphOf(id, members, linked, posts, identifiers, linkEdges);
            var (linking, generic) = identifiers.Summary(members);
            var held = members.SelectMany(identifiers.KeysOf).Where(k => !identifiers.IsGeneric(k.Key)).Select(k => "identifier:" + k.Key).ToHashSet(StringComparer.Ordinal);
            var brought = linked.Where(n => !held.Contains(n.GraphId)).OrderBy(n => n.Kind, StringComparer.Ordinal).ThenBy(n => n.Id, StringComparer.Ordinal);
            rings.Add(new LinkedRing(id, members, linking, generic, split, [.. brought], nodes, edges));
        }

        return new RingGraph(rings);
    }

    private static (List<GraphNode> Nodes, List<GraphEdge> Edges) GraphOf(string ring, int[] members, List<LinkNode> linked,
        IReadOnlyList<PostAnalysis> posts, PostIdentifiers identifiers, Dictionary<(string, string), int> linkEdges)
    {
        var nodes = new List<GraphNode>();
        var edges = new List<GraphEdge>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in members)
        {
            var postNode = "post:" + posts[p].Post.Id;
            if (seen.Add(postNode))
            {
                nodes.Add(new GraphNode(postNode, "post", posts[p].Post.Id, ring));
            }

            foreach (var (type, value, key) in identifiers.KeysOf(p))
            {
                if (identifiers.IsGeneric(key))
                {
                    continue;
                }

                var idNode = "identifier:" + key;
                if (seen.Add(idNode))
                {
                    nodes.Add(new GraphNode(idNode, "identifier", type + ":" + value, ring));
                }

                edges.Add(new GraphEdge(postNode, idNode, "holds", 1));
            }
        }

        foreach (var node in linked)
        {
            if (seen.Add(node.GraphId))
            {
                nodes.Add(new GraphNode(node.GraphId, node.Kind, node.Id, ring));
            }
        }

        foreach (var ((a, b), count) in linkEdges.OrderBy(e => e.Key.Item1, StringComparer.Ordinal).ThenBy(e => e.Key.Item2, StringComparer.Ordinal))
        {
            if (seen.Contains(a) && seen.Contains(b))
            {
                edges.Add(new GraphEdge(a, b, "link", count));
            }
        }

        return (nodes, edges);
    }
}
