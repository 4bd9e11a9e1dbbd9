using Homeward.Kinship;

namespace Homeward.Registry.Matching;

/// <summary>
/// How strongly the evidence supports a match: the DNA LR with its per-marker detail, the product of
/// the descriptive LRs with their explanations, and the posterior probability (docs/registry.md).
/// </summary>
/// <param name="DnaLikelihoodRatio">The exact pedigree LR of the report's donors with the found child as the missing child.</param>
/// <param name="Markers">The DNA LR per marker.</param>
/// <param name="DescriptiveLikelihoodRatio">The product of the descriptive LRs (1 when none were assessed).</param>
/// <param name="Factors">The descriptive factors with their explanations.</param>
/// <param name="PriorOdds">The prior odds used.</param>
/// <param name="PosteriorProbability">P(the found child is the report's missing child | all evidence).</param>
/// <param name="FrequencyTable">The name of the frequency table the DNA LR was computed with.</param>
/// <param name="ScoredAt">When the score was computed.</param>
public sealed record MatchScore(
    double DnaLikelihoodRatio,
    IReadOnlyList<MarkerLikelihoodRatio> Markers,
    double DescriptiveLikelihoodRatio,
    IReadOnlyList<Evidence.EvidenceFactor> Factors,
    double PriorOdds,
    double PosteriorProbability,
    string FrequencyTable,
    DateTimeOffset ScoredAt);
