namespace Homeward.Registry.Evidence;

/// <summary>One descriptive piece of evidence as a likelihood ratio, with the reason in words.</summary>
/// <param name="Kind">What was compared.</param>
/// <param name="LikelihoodRatio">P(observation | same child) / P(observation | different children).</param>
/// <param name="Explanation">What was observed and how the LR follows, for the analyst.</param>
public sealed record EvidenceFactor(EvidenceKind Kind, double LikelihoodRatio, string Explanation);
