namespace Homeward.Kinship;

/// <summary>
/// The population model shared by a case and a search: the frequency table, θ, the mutation models
/// and the frequency of alleles absent from the table (the <c>frequencies</c>, <c>theta</c>,
/// <c>mutation</c> and <c>minimumFrequency</c> keys of the case format).
/// </summary>
/// <param name="Frequencies">The allele frequency table.</param>
/// <param name="Theta">The Balding–Nichols θ.</param>
/// <param name="Mutation">The mutation models.</param>
/// <param name="MinimumFrequency">Null: the marker's smallest frequency.</param>
public sealed record KinshipSettings(FrequencyTable Frequencies, double Theta, MutationSettings Mutation, double? MinimumFrequency);
