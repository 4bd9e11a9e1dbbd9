namespace Homeward.Registry.Reporting;

/// <summary>The descriptive evidence and the posterior.</summary>
/// <param name="Factors">The factors; explanations are left out (null) for audiences without names and details, since they quote both.</param>
/// <param name="DescriptiveLikelihoodRatio">The product of the descriptive LRs.</param>
/// <param name="PriorOdds">The prior odds.</param>
/// <param name="PosteriorProbability">The posterior probability of H1.</param>
public sealed record EvidenceSection(IReadOnlyList<EvidenceLine> Factors, double DescriptiveLikelihoodRatio, double PriorOdds, double PosteriorProbability);
