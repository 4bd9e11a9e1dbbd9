using Homeward.Registry.Cases;

namespace Homeward.Data.Registry;

/// <summary>A report's relatives as consent administration needs them: each one's consent and guardian status, and the legal hold.</summary>
/// <param name="ReportId">The report.</param>
/// <param name="LegalHold">Whether a legal hold is on the case.</param>
/// <param name="Donors">The relatives registered on the report (those known only from an import are left out: they carry no consent record).</param>
/// <param name="Warnings">Relatives that could not be loaded, and why.</param>
public sealed record ReportConsent(string ReportId, bool LegalHold, IReadOnlyList<Donor> Donors, IReadOnlyList<string> Warnings);
