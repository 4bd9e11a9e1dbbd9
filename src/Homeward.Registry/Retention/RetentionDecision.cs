namespace Homeward.Registry.Retention;

/// <summary>One decision: keep or delete a piece of data, by which rule and why.</summary>
/// <param name="Subject">What kind of data.</param>
/// <param name="Id">The pseudonymous id (sample code, or report id for the case record).</param>
/// <param name="ReportId">The case.</param>
/// <param name="Delete">Whether it must be deleted now.</param>
/// <param name="Rule">The rule that decided.</param>
/// <param name="Explanation">Why, in words (no personal data, fit for the audit log).</param>
public sealed record RetentionDecision(RetentionSubject Subject, string Id, string ReportId, bool Delete, RetentionRule Rule, string Explanation);
