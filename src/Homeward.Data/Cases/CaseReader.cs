using System.Text.Json;
using Homeward.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Homeward.Data.Cases;

/// <summary>
/// Reads cases; every read appends an audit entry in the same transaction, so that nobody sees a
/// case without the chain saying who and when (a read that cannot be audited does not happen).
/// </summary>
public sealed class CaseReader(DatabaseSettings settings, TimeProvider time)
{
    /// <summary>The report with its donors, or null when there is no such report (the attempt is audited too).</summary>
    public async Task<CaseView?> ReadReportAsync(string code, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = HomewardDatabase.CreateContext(settings);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var report = await db.Reports.AsNoTracking()
            .Where(r => r.Code == code)
            .Select(r => new
            {
                r.Code,
                r.PoliceCaseNumber,
                Donors = r.Donors.OrderBy(d => d.Role).Select(d => new { d.Role, d.Sex, d.ConsentScopes, Samples = d.Samples.OrderBy(s => s.Code).Select(s => s.Code).ToList() }).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        await AuditWriter.AppendAsync(
            db.Database.GetDbConnection(),
            transaction.GetDbTransaction(),
            settings.Provider,
            [new AuditRecord(actor, "read", "report", code, JsonSerializer.Serialize(new { found = report is not null }))],
            time.GetUtcNow().UtcDateTime,
            cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return report is null
            ? null
            : new CaseView(report.Code, report.PoliceCaseNumber, [.. report.Donors.Select(d => new DonorView(d.Role, d.Sex, d.ConsentScopes, d.Samples))]);
    }
}
