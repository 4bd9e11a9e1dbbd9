namespace Homeward.Intel.Rings;

/// <summary>A node of the ring graph.</summary>
/// <param name="Id">Unique in the graph: "post:p1", "identifier:+8613812345678", "identifier:qq:123456", "suspect:S1", …</param>
/// <param name="Kind">post, identifier, suspect, operation or child.</param>
/// <param name="Label">What to show: the post id, the identifier's value, the suspect's id…</param>
/// <param name="Ring">The ring the node belongs to.</param>
public sealed record GraphNode(string Id, string Kind, string Label, string Ring);
