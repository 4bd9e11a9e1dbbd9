namespace Homeward.Data.Cases;

/// <summary>A missing-child report as entered.</summary>
/// <param name="Code">The pseudonymous report code (letters, digits, '-', '_'; unique).</param>
/// <param name="PoliceCaseNumber">The police case number, when one exists.</param>
/// <param name="ReportedOn">When the report was made.</param>
/// <param name="Person">The missing child.</param>
public sealed record ReportInput(string Code, string? PoliceCaseNumber, DateOnly? ReportedOn, PersonDetails Person);

/// <summary>A found child as entered.</summary>
/// <param name="Code">The pseudonymous code (unique).</param>
/// <param name="Sex"><c>M</c>, <c>F</c> or <c>U</c>.</param>
/// <param name="FoundOn">When the child was found.</param>
/// <param name="EstimatedBirthYear">Estimated year of birth.</param>
/// <param name="Institution">The institution caring for the child.</param>
/// <param name="Person">What is known of the child's identity.</param>
/// <param name="Operation">The code of the police operation that rescued the child, or null for none.</param>
public sealed record FoundChildInput(string Code, string Sex, DateOnly? FoundOn, int? EstimatedBirthYear, string? Institution, PersonDetails Person, string? Operation = null);
