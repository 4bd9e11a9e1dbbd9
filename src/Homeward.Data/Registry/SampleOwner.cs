namespace Homeward.Data.Registry;

/// <summary>Whose sample was stored: a relative of a report, or a found child.</summary>
/// <param name="ReportId">The report of the relative, for a reference sample.</param>
/// <param name="FoundChildId">The found child, for a query sample.</param>
internal sealed record SampleOwner(string? ReportId, string? FoundChildId);
