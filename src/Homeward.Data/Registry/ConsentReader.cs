using System.Text.Json;
using Homeward.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Data.Registry;

/// <summary>Reads a report's relatives with their consent (no names are written to the audit: the read names the report and the relatives' codes).</summary>
internal static class ConsentReader
{
    public static async Task<ReportConsent?> ReadAsync(RegistryTransaction tx, string reportId, string actor, CancellationToken cancellationToken)
    {
        var report = await tx.Db.Reports.AsNoTracking().Where(r => r.Code == reportId).Select(r => new { r.Id, r.LegalHold }).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (report is null)
        {
            tx.Audit.Add(new AuditRecord(actor, "read", "consent", reportId, JsonSerializer.Serialize(new { found = false })));
            return null;
        }

        var rows = await tx.Db.Donors.AsNoTracking().Include(d => d.Person).Where(d => d.ReportId == report.Id && d.Code != null).OrderBy(d => d.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
        var warnings = new List<string>();
        var donors = RegistryLoader.LoadDonors(rows, new Dictionary<Guid, string> { [report.Id] = reportId }, warnings);
        tx.Audit.Add(new AuditRecord(actor, "read", "consent", reportId, JsonSerializer.Serialize(new { found = true, donors = donors.Select(d => d.Id) })));
        return new ReportConsent(reportId, report.LegalHold, donors, warnings);
    }
}
