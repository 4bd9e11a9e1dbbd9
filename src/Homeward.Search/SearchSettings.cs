using Homeward.Kinship;

namespace Homeward.Search;

/// <summary>The population model of a search: frequencies, θ and mutation models (the keys of the kinship case format).</summary>
/// <param name="Frequencies">The allele frequency table.</param>
/// <param name="Theta">The Balding–Nichols θ.</param>
/// <param name="Mutation">The mutation models.</param>
/// <param name="MinimumFrequency">The frequency of alleles absent from the table; null: the marker's smallest.</param>
public sealed record SearchSettings(FrequencyTable Frequencies, double Theta, MutationSettings Mutation, double? MinimumFrequency = null);
