using Homeward.Registry.Evidence;

namespace Homeward.Registry.Reporting;

/// <summary>One descriptive factor.</summary>
/// <param name="Kind">What was compared.</param>
/// <param name="LikelihoodRatio">Its LR.</param>
/// <param name="Explanation">Why, or null when the audience may not see it.</param>
public sealed record EvidenceLine(EvidenceKind Kind, double LikelihoodRatio, string? Explanation);
