using Homeward.Registry.Matching;

namespace Homeward.Data.Registry;

/// <summary>One line of a match list: codes, state and the numbers, no personal data.</summary>
/// <param name="Id">The match id.</param>
/// <param name="ReportId">The report.</param>
/// <param name="FoundChildId">The found child.</param>
/// <param name="State">Where the match stands.</param>
/// <param name="DnaLikelihoodRatio">The DNA LR.</param>
/// <param name="PosteriorProbability">The posterior probability.</param>
/// <param name="Version">The row version (pass it back when acting on the match).</param>
/// <param name="FlaggedForReview">Re-scoring put the LR below the threshold.</param>
/// <param name="UpdatedAt">The last change.</param>
public sealed record MatchSummary(string Id, string ReportId, string FoundChildId, MatchState State, double DnaLikelihoodRatio, double PosteriorProbability, int Version, bool FlaggedForReview, DateTimeOffset UpdatedAt);
