namespace Homeward.Registry.Reporting;

/// <summary>One marker of the DNA table.</summary>
/// <param name="Marker">The marker.</param>
/// <param name="LikelihoodRatio">Its LR.</param>
/// <param name="Genotypes">The genotype of each person of <see cref="DnaSection.Persons"/> ("–" when not typed); empty unless genotypes are shown.</param>
public sealed record MarkerRow(string Marker, double LikelihoodRatio, IReadOnlyList<string> Genotypes);
