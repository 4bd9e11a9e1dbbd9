namespace Homeward.Registry.Reporting;

/// <summary>The DNA statistics of a match.</summary>
/// <param name="LikelihoodRatio">The combined DNA LR.</param>
/// <param name="FrequencyTable">The frequency table used.</param>
/// <param name="Persons">The typed persons, as column headings (the found child first), when genotypes are shown; empty otherwise.</param>
/// <param name="Markers">The per-marker rows.</param>
public sealed record DnaSection(double LikelihoodRatio, string FrequencyTable, IReadOnlyList<string> Persons, IReadOnlyList<MarkerRow> Markers);
