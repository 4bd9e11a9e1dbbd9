namespace Homeward.Data.Registry;

/// <summary>A page of matches and how many match the query in all.</summary>
/// <param name="Items">The page, highest posterior first.</param>
/// <param name="Total">Matches of the query in all pages.</param>
public sealed record MatchPage(IReadOnlyList<MatchSummary> Items, int Total);
