namespace Homeward.Intel.Rings;

/// <summary>An edge of the ring graph.</summary>
/// <param name="Source">A node id.</param>
/// <param name="Target">A node id.</param>
/// <param name="Kind">"holds" (a post holds an identifier) or "link" (stated by an analyst's link).</param>
/// <param name="Weight">How many times the pair was found: the posts' edges are 1, a link stated twice weighs 2.</param>
public sealed record GraphEdge(string Source, string Target, string Kind, double Weight);
