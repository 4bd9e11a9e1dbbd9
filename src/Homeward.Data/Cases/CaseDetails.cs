namespace Homeward.Data.Cases;

/// <summary>A typed sample; <paramref name="Loci"/> only for those allowed to see genotypes.</summary>
/// <param name="Code">Sample code.</param>
/// <param name="Lab">Typing lab.</param>
/// <param name="Kit">Typing kit.</param>
/// <param name="MarkerCount">Typed markers.</param>
/// <param name="Loci">The canonical genotype JSON, or null when withheld.</param>
public sealed record SampleView(string Code, string? Lab, string? Kit, int MarkerCount, string? Loci);

/// <summary>A relative of a report with their samples.</summary>
/// <param name="Role">Role (mother, father, …).</param>
/// <param name="Sex">M, F or U.</param>
/// <param name="ConsentScopes">Consented purposes.</param>
/// <param name="Samples">Samples.</param>
public sealed record ReportDonor(string Role, string Sex, string ConsentScopes, IReadOnlyList<SampleView> Samples);

/// <summary>A whole report.</summary>
/// <param name="Code">Report code.</param>
/// <param name="PoliceCaseNumber">Police case number.</param>
/// <param name="ReportedOn">When reported.</param>
/// <param name="Person">The missing child.</param>
/// <param name="Donors">Relatives with samples.</param>
public sealed record ReportDetail(string Code, string? PoliceCaseNumber, DateOnly? ReportedOn, PersonDetails Person, IReadOnlyList<ReportDonor> Donors);

/// <summary>A whole found child.</summary>
/// <param name="Code">Code.</param>
/// <param name="Sex">M, F or U.</param>
/// <param name="FoundOn">When found.</param>
/// <param name="EstimatedBirthYear">Estimated year of birth.</param>
/// <param name="Institution">Caring institution.</param>
/// <param name="Person">What is known of the child's identity.</param>
/// <param name="Samples">The child's samples.</param>
/// <param name="Operation">The code of the police operation that rescued the child, if any.</param>
public sealed record FoundChildDetail(string Code, string Sex, DateOnly? FoundOn, int? EstimatedBirthYear, string? Institution, PersonDetails Person, IReadOnlyList<SampleView> Samples, string? Operation = null);
