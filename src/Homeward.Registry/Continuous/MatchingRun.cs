namespace Homeward.Registry.Continuous;

/// <summary>The outcome of a matching run.</summary>
/// <param name="Matches">New potential matches, by found child then descending LR.</param>
/// <param name="SkippedExcluded">Hits on pairs excluded before (never reopened).</param>
/// <param name="SkippedExisting">Hits on pairs that already have a match.</param>
/// <param name="Warnings">What an analyst should know (reports without consented donors, children without profiles).</param>
public sealed record MatchingRun(IReadOnlyList<PotentialMatch> Matches, int SkippedExcluded, int SkippedExisting, IReadOnlyList<string> Warnings);
