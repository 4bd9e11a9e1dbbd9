using Homeward.Registry.Matching;

namespace Homeward.Registry.Continuous;

/// <summary>A pair found by the search, scored, ready to be opened as a <see cref="MatchCase"/>.</summary>
/// <param name="Key">The report and found child.</param>
/// <param name="Score">DNA LR with per-marker detail, descriptive factors, posterior.</param>
/// <param name="Donors">The sample codes of the donors searched (consented ones only).</param>
public sealed record PotentialMatch(MatchKey Key, MatchScore Score, IReadOnlyList<string> Donors)
{
    /// <summary>
    /// Opens the match (state potential) with the score; the reason records the DNA LR and posterior.
    /// Refused, like any <see cref="MatchCase.Open"/>, for an excluded or already matched pair.
    /// </summary>
    public Kinship.Result<MatchCase> Open(string matchId, ExclusionRegistry exclusions, IReadOnlySet<MatchKey>? existing, string actor, DateTimeOffset at) =>
        MatchCase.Open(matchId, Key, Score, exclusions, actor, at, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"continuous matching: DNA LR {Score.DnaLikelihoodRatio:G4}, posterior {Score.PosteriorProbability:G4}"), existing);
}

/// <summary>The outcome of a matching run.</summary>
/// <param name="Matches">New potential matches, by found child then descending LR.</param>
/// <param name="SkippedExcluded">Hits on pairs excluded before (never reopened).</param>
/// <param name="SkippedExisting">Hits on pairs that already have a match.</param>
/// <param name="Warnings">What an analyst should know (reports without consented donors, children without profiles).</param>
public sealed record MatchingRun(IReadOnlyList<PotentialMatch> Matches, int SkippedExcluded, int SkippedExisting, IReadOnlyList<string> Warnings);

/// <summary>A stored match re-scored under new frequencies or models.</summary>
/// <param name="Match">The match with its new score (state unchanged).</param>
/// <param name="PreviousDnaLr">The DNA LR before, or null when it was not scored.</param>
/// <param name="FellBelowThreshold">Whether the new DNA LR is below the opening threshold (for review, never an automatic exclusion).</param>
public sealed record Rescored(MatchCase Match, double? PreviousDnaLr, bool FellBelowThreshold);

/// <summary>The outcome of re-scoring.</summary>
/// <param name="Matches">The re-scored matches.</param>
/// <param name="Warnings">Matches that could not be re-scored, and why.</param>
public sealed record RescoreRun(IReadOnlyList<Rescored> Matches, IReadOnlyList<string> Warnings);
