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
