using Homeward.Kinship;

namespace Homeward.Search;

/// <summary>A relative's reference profile: a donor of a missing-child report.</summary>
/// <param name="Id">The profile id (sample code), unique in the database.</param>
/// <param name="Report">The report of the missing child.</param>
/// <param name="Role">How the donor is related to the missing child.</param>
/// <param name="Sex">The donor's sex.</param>
/// <param name="Loci">Marker name → genotype; missing markers allowed.</param>
public sealed record ReferenceProfile(string Id, string Report, FamilyRole Role, Sex Sex, IReadOnlyDictionary<string, Genotype> Loci);

/// <summary>A query: a found child or an unidentified person.</summary>
/// <param name="Id">The profile id.</param>
/// <param name="Sex">The person's sex (unknown allowed; then reports with a child of the missing person are skipped).</param>
/// <param name="Loci">Marker name → genotype.</param>
public sealed record QueryProfile(string Id, Sex Sex, IReadOnlyDictionary<string, Genotype> Loci);
