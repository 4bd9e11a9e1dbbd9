namespace Homeward.Intel.Rings;

/// <summary>A ring of the graph of posts, identifiers and the analysts' links: posts linked by shared
/// identifiers, joined by suspects, operations and rescued children.</summary>
/// <param name="Id">r1, r2… by number of posts.</param>
/// <param name="Posts">Indices of the member posts in the batch, in batch order (the evidence).</param>
/// <param name="Identifiers">The linking identifiers held by the members, with the number of members holding each.</param>
/// <param name="GenericIdentifiers">Identifiers of the members too common to link.</param>
/// <param name="SplitFromComponent">Whether a post ring inside it is a Louvain community of a larger component.</param>
/// <param name="Linked">The nodes brought by the links (suspects, operations, children, identifiers no post holds, posts not in the batch).</param>
/// <param name="Nodes">The ring's nodes in the graph.</param>
/// <param name="Edges">The ring's edges in the graph.</param>
public sealed record LinkedRing(string Id, IReadOnlyList<int> Posts, IReadOnlyList<(string Type, string Value, int Posts)> Identifiers,
    IReadOnlyList<(string Type, string Value, int Posts)> GenericIdentifiers, bool SplitFromComponent, IReadOnlyList<LinkNode> Linked,
    IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges)
{
    /// <summary>The number of nodes of each kind (post, identifier, suspect, operation, child), zero counts included.</summary>
    public IReadOnlyDictionary<string, int> MembersByKind =>
        LinkNode.Kinds.ToDictionary(k => k, k => Nodes.Count(n => string.Equals(n.Kind, k, StringComparison.Ordinal)), StringComparer.Ordinal);

    /// <summary>The provinces of the phone numbers the links name (no post holds them), one entry per number.</summary>
    public IReadOnlyList<string> LinkedProvinces => [.. Linked.Where(n => n.Province is not null).Select(n => n.Province!)];

    /// <summary>The ids of the linked nodes of one kind, in the order the links named them.</summary>
    public IReadOnlyList<string> LinkedOf(string kind) => [.. Linked.Where(n => n.Kind == kind).Select(n => n.Id)];
}
