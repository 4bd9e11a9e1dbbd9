namespace Homeward.Intel.Rings;

/// <summary>An analyst's link between two nodes of the ring graph, e.g. a suspect and the phone they use,
/// an operation and a suspect, a rescued child and the operation that found them.</summary>
/// <param name="From">The first node named on the line.</param>
/// <param name="To">The second node.</param>
public sealed record RingLink(LinkNode From, LinkNode To);
