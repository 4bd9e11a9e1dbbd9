using System.Text.Json;
using Homeward.Data.Audit;
using Homeward.Registry.Cases;
using Homeward.Registry.Places;
using Homeward.Registry.Retention;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Data.Registry;

/// <summary>
/// Applies <see cref="RetentionPolicy"/> to the stored registry: builds each case (report, relatives,
/// reunion, reunited child, legal hold), lets the policy decide, and carries out every deletion with
/// its audit entry in one transaction. A dry run deletes nothing and records only that the cases were
/// read. Cases known only from a profile import are not judged (the registry must complete them first).
/// </summary>
internal sealed class RetentionJob(RetentionSettings settings)
{
    private readonly RetentionPolicy _policy = new(settings);

    public async Task<RetentionOutcome> RunAsync(RegistryTransaction tx, DateOnly today, bool dryRun, string actor, CancellationToken cancellationToken)
    {
        var loaded = await RegistryLoader.LoadAsync(tx.Db, cancellationToken).ConfigureAwait(false);
        var snapshot = loaded.Snapshot;
        var reunions = await tx.Db.Reunions.AsNoTracking()
            .Select(r => new { Report = r.Match!.Report!.Code, Child = r.Match.FoundChild!.Code, Match = r.Match.Code, r.ReunitedOn, r.RecordedBy })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var children = snapshot.FoundChildren.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var cases = new List<RetentionCase>();
        foreach (var report in snapshot.Reports)
        {
            var reunion = reunions.Where(r => r.Report == report.Id).OrderBy(r => r.ReunitedOn).LastOrDefault();
            var reunionValue = reunion is null ? null : Reunion.Create(reunion.Match, reunion.Report, reunion.Child, reunion.ReunitedOn, Place.Unknown, reunion.RecordedBy).Value;
            cases.Add(new RetentionCase(
                report,
                [.. snapshot.Donors.Where(d => d.ReportId == report.Id)],
                reunionValue,
                reunion is null ? null : children.GetValueOrDefault(reunion.Child),
                loaded.LegalHolds.Contains(report.Id)));
        }

        var decisions = _policy.Evaluate(cases, today);
        var deletions = decisions.Where(d => d.Delete).OrderBy(d => d.Subject == RetentionSubject.CaseRecord ? 1 : 0).ToList();
        if (dryRun)
        {
            tx.Audit.Add(new AuditRecord(actor, "read", "retention", "dry-run", JsonSerializer.Serialize(new { cases = cases.Count, wouldDelete = deletions.Count, on = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) })));
            return new RetentionOutcome(decisions, 0, true, loaded.Warnings);
        }

        foreach (var decision in deletions)
        {
            var photos = await DeleteAsync(tx.Db, decision, cancellationToken).ConfigureAwait(false);
            tx.Audit.Add(new AuditRecord(actor, "delete", EntityType(decision.Subject), decision.Id, JsonSerializer.Serialize(new { rule = decision.Rule.ToString(), report = decision.ReportId })));
            foreach (var photo in photos)
            {
                // As PhotoStore records a deletion: under the case's code, naming the photo.
                tx.Audit.Add(new AuditRecord(actor, "photo-delete", "report", decision.Id, JsonSerializer.Serialize(new { photo, rule = decision.Rule.ToString() })));
            }
        }

        return new RetentionOutcome(decisions, deletions.Count, false, loaded.Warnings);
    }

    private static string EntityType(RetentionSubject subject) => subject switch
    {
        RetentionSubject.RelativeProfile => "relative-profile",
        RetentionSubject.ChildProfile => "child-profile",
        _ => "case",
    };

    /// <summary>Deletes what the decision names; the ids of the photos that went with it (a whole case's).</summary>
    private static async Task<IReadOnlyList<Guid>> DeleteAsync(HomewardDbContext db, RetentionDecision decision, CancellationToken cancellationToken)
    {
        var code = decision.Id;
        switch (decision.Subject)
        {
            case RetentionSubject.RelativeProfile:
                await db.Samples.Where(s => s.Code == code).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                await db.Donors.Where(d => d.SampleCode == code).ExecuteUpdateAsync(u => u.SetProperty(d => d.SampleCode, (string?)null), cancellationToken).ConfigureAwait(false);
                break;
            case RetentionSubject.ChildProfile:
                await db.Samples.Where(s => s.Code == code).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
                await db.FoundChildren.Where(c => c.SampleCode == code).ExecuteUpdateAsync(u => u.SetProperty(c => c.SampleCode, (string?)null), cancellationToken).ConfigureAwait(false);
                break;
            default:
                return await DeleteCaseAsync(db, code, cancellationToken).ConfigureAwait(false);
        }

        return [];
    }

    /// <summary>The whole case: its matches (with history, visits, reunion), relatives' samples, relatives, photos, personal data, the report; the photos' ids.</summary>
    private static async Task<IReadOnlyList<Guid>> DeleteCaseAsync(HomewardDbContext db, string reportCode, CancellationToken cancellationToken)
    {
        var report = await db.Reports.AsNoTracking().Where(r => r.Code == reportCode).Select(r => new { r.Id, r.MissingPersonId }).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (report is null)
        {
            return [];
        }

        var photos = await db.Photos.Where(p => p.ReportId == report.Id).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        await db.Photos.Where(p => p.ReportId == report.Id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);

        var persons = await db.Donors.Where(d => d.ReportId == report.Id && d.PersonId != null).Select(d => d.PersonId!.Value).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (report.MissingPersonId is { } missing)
        {
            persons.Add(missing);
        }

        await db.Matches.Where(m => m.ReportId == report.Id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Samples.Where(s => s.Donor!.ReportId == report.Id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Donors.Where(d => d.ReportId == report.Id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Reports.Where(r => r.Id == report.Id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Persons.Where(p => persons.Contains(p.Id)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        return photos;
    }
}
