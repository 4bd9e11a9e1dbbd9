using Homeward.Registry.Cases;

namespace Homeward.Data.Registry;

/// <summary>A match with both sides and the genetic profiles of its searched relatives and found child, for a match report.</summary>
/// <param name="Detail">The match with both sides.</param>
/// <param name="Profiles">Profiles by sample code: the found child's and those of the relatives with consent to domestic identification.</param>
public sealed record MatchEvidence(MatchDetail Detail, IReadOnlyDictionary<string, GeneticProfile> Profiles);
