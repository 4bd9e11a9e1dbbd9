namespace Homeward.Data.Frequencies;

/// <summary>What an administrator sees of a stored frequency table.</summary>
/// <param name="Name">The unique name.</param>
/// <param name="Citation">The published source.</param>
/// <param name="SampleSize">Individuals typed, when known.</param>
/// <param name="Markers">Markers in the table.</param>
/// <param name="Alleles">Alleles over all markers.</param>
/// <param name="InForce">Whether the matcher scores with it.</param>
/// <param name="CreatedAt">When it was uploaded (UTC).</param>
/// <param name="CreatedBy">Who uploaded it.</param>
/// <param name="ActivatedAt">When it was last put in force (UTC), if ever.</param>
public sealed record FrequencyTableInfo(string Name, string Citation, int? SampleSize, int Markers, int Alleles, bool InForce, DateTime CreatedAt, string CreatedBy, DateTime? ActivatedAt);
