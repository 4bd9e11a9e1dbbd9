using System.Text.Json;
using Homeward.Data.Audit;
using Homeward.Data.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Homeward.Data.Imports;

/// <summary>
/// Writes every profile as JSON Lines (DESIGN.md §4), sorted by sample code, in the canonical form
/// whose hash each sample stores: exporting and importing the file again changes nothing. The export
/// is audited (one entry: how many profiles).
/// </summary>
public sealed class ProfileExporter(DatabaseSettings settings, TimeProvider time)
{
    /// <summary>Writes the profiles and returns how many.</summary>
    public async Task<int> ExportAsync(TextWriter output, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var db = HomewardDatabase.CreateContext(settings);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var rows = db.Samples.AsNoTracking()
            .OrderBy(s => s.Code)
            .Select(s => new
            {
                s.Code,
                s.Loci,
                Report = s.Donor != null ? s.Donor.Report!.Code : null,
                Role = s.Donor != null ? s.Donor.Role : null,
                Sex = s.Donor != null ? s.Donor.Sex : s.FoundChild!.Sex,
            })
            .AsAsyncEnumerable();
        var count = 0;
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await output.WriteLineAsync(ProfileJson.Line(row.Code, row.Report, row.Role, ProfileJson.ParseSexCode(row.Sex), row.Loci).AsMemory(), cancellationToken).ConfigureAwait(false);
            count++;
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
        await AuditWriter.AppendAsync(
            db.Database.GetDbConnection(),
            transaction.GetDbTransaction(),
            settings.Provider,
            [new AuditRecord(actor, "export", "samples", "all", JsonSerializer.Serialize(new { profiles = count }))],
            time.GetUtcNow().UtcDateTime,
            cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }
}
