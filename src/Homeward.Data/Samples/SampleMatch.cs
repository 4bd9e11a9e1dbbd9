using Homeward.Kinship;

namespace Homeward.Data.Samples;

/// <summary>A match the sample's profile took part in, with its per-marker likelihood ratios.</summary>
/// <param name="MatchId">The match code.</param>
/// <param name="State">The match's lifecycle state.</param>
/// <param name="LikelihoodRatio">The combined DNA LR.</param>
/// <param name="Markers">The per-marker LRs.</param>
public sealed record SampleMatch(string MatchId, string State, double LikelihoodRatio, IReadOnlyList<MarkerLikelihoodRatio> Markers);
