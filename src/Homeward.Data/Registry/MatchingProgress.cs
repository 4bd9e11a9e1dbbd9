namespace Homeward.Data.Registry;

/// <summary>How far a matching or re-scoring run is.</summary>
/// <param name="Stage"><c>loaded</c>, <c>searching</c> (found children searched, during a full run), <c>searched</c>, <c>stored</c> (or <c>rescored</c>).</param>
/// <param name="Done">Items done in this stage.</param>
/// <param name="Total">Items in this stage.</param>
public sealed record MatchingProgress(string Stage, int Done, int Total);
