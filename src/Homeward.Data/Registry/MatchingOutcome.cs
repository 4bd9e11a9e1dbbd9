namespace Homeward.Data.Registry;

/// <summary>What a search stored: the new potential matches and what was skipped.</summary>
/// <param name="NewMatches">The ids of the matches opened, in the order found.</param>
/// <param name="SkippedExcluded">Hits on excluded pairs (never reopened).</param>
/// <param name="SkippedExisting">Hits on pairs that already have a match.</param>
/// <param name="Warnings">Donors not searched for lack of consent, cases that could not be loaded, a search that could not run.</param>
public sealed record MatchingOutcome(IReadOnlyList<string> NewMatches, int SkippedExcluded, int SkippedExisting, IReadOnlyList<string> Warnings);
