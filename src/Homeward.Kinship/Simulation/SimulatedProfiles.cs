using System.Collections.Immutable;

namespace Homeward.Kinship.Simulation;

/// <summary>One typed marker of a profile.</summary>
/// <param name="Marker">The marker name as the frequency table spells it.</param>
/// <param name="Genotype">The typed alleles (a drop-out shows as a homozygote).</param>
public readonly record struct TypedLocus(string Marker, Genotype Genotype);

/// <summary>A relative of a missing child who gave reference DNA (a line of <c>references.jsonl</c>).</summary>
/// <param name="Id">The profile id, <c>S-000001</c> and on.</param>
/// <param name="Report">The report of the missing child, <c>R-000001</c> and on.</param>
/// <param name="Role">How the person is related to the missing child.</param>
/// <param name="Sex">The person's sex.</param>
/// <param name="Loci">The typed markers, in panel order; missing markers are absent.</param>
public sealed record ReferenceProfile(string Id, string Report, FamilyRole Role, Sex Sex, ImmutableArray<TypedLocus> Loci);

/// <summary>A found child or unidentified person (a line of <c>queries.jsonl</c>).</summary>
/// <param name="Id">The profile id, <c>Q-000001</c> and on.</param>
/// <param name="Sex">The person's sex.</param>
/// <param name="Loci">The typed markers, in panel order; missing markers are absent.</param>
public sealed record QueryProfile(string Id, Sex Sex, ImmutableArray<TypedLocus> Loci);

/// <summary>Which report a query truly belongs to (a line of <c>truth.jsonl</c>).</summary>
/// <param name="Query">The query's id.</param>
/// <param name="Report">The report whose missing child the query is, or null when unrelated to everyone.</param>
public sealed record QueryTruth(string Query, string? Report);

/// <summary>A simulated query and the truth about it.</summary>
/// <param name="Profile">The query profile.</param>
/// <param name="Truth">The planted answer.</param>
public sealed record SimulatedQuery(QueryProfile Profile, QueryTruth Truth);
