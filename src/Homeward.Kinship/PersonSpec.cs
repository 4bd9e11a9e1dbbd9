namespace Homeward.Kinship;

/// <summary>A person as declared in a hypothesis: an id, a sex and optionally both parents' ids.</summary>
/// <param name="Id">Unique within the pedigree.</param>
/// <param name="Sex">Male, female or unknown (unknown persons cannot be parents).</param>
/// <param name="Father">The father's id, or null for a founder.</param>
/// <param name="Mother">The mother's id, or null for a founder.</param>
public sealed record PersonSpec(string Id, Sex Sex, string? Father = null, string? Mother = null);
