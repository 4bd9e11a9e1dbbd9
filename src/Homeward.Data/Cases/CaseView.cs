namespace Homeward.Data.Cases;

/// <summary>A report as case-work sees it, without personal data: its donors and their samples.</summary>
/// <param name="Code">The pseudonymous report code.</param>
/// <param name="PoliceCaseNumber">The police case number, when recorded.</param>
/// <param name="Donors">The relatives who gave samples.</param>
public sealed record CaseView(string Code, string? PoliceCaseNumber, IReadOnlyList<DonorView> Donors);

/// <summary>A donor of a report.</summary>
/// <param name="Role">The role (<c>mother</c>, …).</param>
/// <param name="Sex"><c>M</c>, <c>F</c> or <c>U</c>.</param>
/// <param name="ConsentScopes">The purposes consented to (empty when not recorded).</param>
/// <param name="Samples">The donor's sample codes.</param>
public sealed record DonorView(string Role, string Sex, string ConsentScopes, IReadOnlyList<string> Samples);
