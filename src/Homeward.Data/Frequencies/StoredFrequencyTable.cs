using Homeward.Kinship;

namespace Homeward.Data.Frequencies;

/// <summary>A stored table with its frequencies (its <see cref="FrequencyTable.Source"/> is its name, which scores record).</summary>
/// <param name="Info">What is known of it.</param>
/// <param name="Table">The frequencies.</param>
public sealed record StoredFrequencyTable(FrequencyTableInfo Info, FrequencyTable Table);
