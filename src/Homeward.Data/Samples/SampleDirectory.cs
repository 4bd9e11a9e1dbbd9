using System.Text.Json;
using Homeward.Data.Audit;
using Homeward.Data.Cases;
using Homeward.Data.Entities;
using Homeward.Data.Registry;
using Homeward.Kinship;
using Homeward.Registry.Cases;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Data.Samples;

/// <summary>
/// What the lab analysts' pages read and write of samples: a search by code, lab, kit and collection
/// date; one sample with its chain of custody, genotypes and the per-marker LRs of its matches; a new
/// hand-over in the chain of custody. Names are never read: a sample shows its case's code only. Every
/// call is one transaction with its audit entry (the codes shown, the sample read with its genotypes,
/// the hand-over recorded); the caller decides who may call it (genotypes: lab analysts only).
/// </summary>
public sealed class SampleDirectory(DatabaseSettings settings, TimeProvider time, AuditBatcher? readAudit = null)
{
    private const int MatchesShown = 10;

    /// <summary>Samples matching every part of <paramref name="query"/> given, by code; the codes shown are audited, never the search text.</summary>
    public async Task<CasePage<SampleSummary>> SearchAsync(SampleQuery query, int page, int pageSize, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var tx = await RegistryTransaction.BeginAsync(settings, time, write: false, readAudit, cancellationToken).ConfigureAwait(false);
        var rows = tx.Db.Samples.AsNoTracking();
        if (Normalise(query.Code) is { } code)
        {
            rows = rows.Where(s => s.Code.ToLower().Contains(code));
        }

        if (Normalise(query.Lab) is { } lab)
        {
            rows = rows.Where(s => s.Lab != null && s.Lab.ToLower().Contains(lab));
        }

        if (Normalise(query.Kit) is { } kit)
        {
            rows = rows.Where(s => s.Kit != null && s.Kit.ToLower().Contains(kit));
        }

        if (query.CollectedOn is { } day)
        {
            rows = rows.Where(s => s.CollectedOn == day);
        }

        page = Math.Max(1, page);
        pageSize = Math.Clamp(pageSize, 1, 200);
        var total = await rows.CountAsync(cancellationToken).ConfigureAwait(false);
        var items = await Summaries(rows.OrderBy(s => s.Code).Skip((page - 1) * pageSize).Take(pageSize)).ToListAsync(cancellationToken).ConfigureAwait(false);
        tx.Audit.Add(new AuditRecord(actor, "search", "sample", "-", JsonSerializer.Serialize(new { total, codes = items.Select(i => i.Code) })));
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new CasePage<SampleSummary>(items, total, page, pageSize);
    }

    /// <summary>
    /// The sample <paramref name="code"/> with its custody, genotypes and matches, or null when there is
    /// none; the read (or the attempt) is audited, naming the matches shown.
    /// </summary>
    public async Task<SampleDetail?> ReadAsync(string code, string actor, CancellationToken cancellationToken = default)
    {
        await using var tx = await RegistryTransaction.BeginAsync(settings, time, write: false, readAudit, cancellationToken).ConfigureAwait(false);
        var summary = await Summaries(tx.Db.Samples.AsNoTracking().Where(s => s.Code == code)).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        SampleDetail? detail = null;
        if (summary is not null)
        {
            var row = await tx.Db.Samples.AsNoTracking().Include(s => s.Donor).Include(s => s.Custody)
                .SingleAsync(s => s.Code == code, cancellationToken).ConfigureAwait(false);
            var genotypes = RegistryJson.ParseLoci(row.Loci).OrderBy(l => l.Key, StringComparer.Ordinal)
                .Select(l => new GenotypeRow(l.Key, l.Value.First.ToString(), l.Value.Second.ToString())).ToList();
            var custody = row.Custody.OrderBy(c => c.Number).Select(c => new CustodyEntry(Utc.Domain(c.At), c.FromHolder, c.ToHolder, c.Note)).ToList();
            detail = new SampleDetail(summary, custody, genotypes, await MatchesAsync(tx, row, cancellationToken).ConfigureAwait(false));
        }

        tx.Audit.Add(new AuditRecord(actor, "read", "sample", code, JsonSerializer.Serialize(new
        {
            found = detail is not null,
            genotypes = detail is not null,
            matches = detail?.Matches.Select(m => m.MatchId).ToArray() ?? [],
        })));
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return detail;
    }

    /// <summary>
    /// Appends a hand-over to the chain of custody of sample <paramref name="code"/>, checked by
    /// <see cref="Sample.HandOver"/> (from the current holder, not before collection or the previous
    /// hand-over) and not in the future; audited. The number of entries in the chain on success.
    /// </summary>
    public async Task<Result<int>> RecordCustodyAsync(string code, CustodyEntry entry, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var place = $"sample {code}";
        if (entry.At > time.GetUtcNow())
        {
            return Result<int>.Failure($"{place}.custody.at", "is in the future");
        }

        await using var tx = await RegistryTransaction.BeginAsync(settings, time, write: true, readAudit: null, cancellationToken).ConfigureAwait(false);
        var row = await tx.Db.Samples.Include(s => s.Custody).SingleOrDefaultAsync(s => s.Code == code, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return Result<int>.Failure(place, "there is no such sample");
        }

        var stored = Chain(row);
        var chain = stored.IsSuccess ? stored.Value.HandOver(entry with { From = entry.From.Trim(), To = entry.To.Trim(), Note = entry.Note.Trim() }) : stored;
        if (!chain.IsSuccess)
        {
            return Result<int>.Failure(chain.Errors!);
        }

        var added = chain.Value.Custody[^1];
        tx.Db.CustodyEntries.Add(new CustodyEntryEntity
        {
            Id = Guid.CreateVersion7(), SampleId = row.Id, Number = row.Custody.Count, At = Utc.Column(added.At), FromHolder = added.From, ToHolder = added.To, Note = added.Note,
        });
        row.UpdatedAt = time.GetUtcNow().UtcDateTime;
        tx.Audit.Add(new AuditRecord(actor, "custody", "sample", code, JsonSerializer.Serialize(new { number = row.Custody.Count, from = added.From, to = added.To })));
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return chain.Value.Custody.Length;
    }

    /// <summary>The stored chain as the domain's sample, to check a new hand-over against (an imported sample may lack lab, kit or date).</summary>
    private static Result<Sample> Chain(SampleEntity row)
    {
        var sample = Sample.Create(row.Code, row.DonorId is null ? SampleSubject.FoundChild : SampleSubject.Relative, row.Lab ?? "unknown", row.Kit ?? "unknown", row.CollectedOn ?? DateOnly.MinValue);
        foreach (var c in row.Custody.OrderBy(c => c.Number))
        {
            if (!sample.IsSuccess)
            {
                break;
            }

            sample = sample.Value.HandOver(new CustodyEntry(Utc.Domain(c.At), c.FromHolder, c.ToHolder, c.Note));
        }

        return sample;
    }

    /// <summary>The matches the sample's profile was searched in: its found child's, or its relative's report's when the relative consented to identification.</summary>
    private static async Task<IReadOnlyList<SampleMatch>> MatchesAsync(RegistryTransaction tx, SampleEntity row, CancellationToken cancellationToken)
    {
        IQueryable<MatchEntity> matches;
        if (row.FoundChildId is { } child)
        {
            matches = tx.Db.Matches.Where(m => m.FoundChildId == child);
        }
        else if (row.Donor is { } donor && RegistryText.ParseScopes(donor.ConsentScopes).HasFlag(ConsentScopes.DomesticIdentification))
        {
            matches = tx.Db.Matches.Where(m => m.ReportId == donor.ReportId);
        }
        else
        {
            return [];
        }

        var found = await matches.AsNoTracking().OrderByDescending(m => m.Posterior).ThenBy(m => m.Code).Take(MatchesShown)
            .Select(m => new { m.Code, m.State, m.Lr, m.Detail }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. found.Select(m => new SampleMatch(m.Code, m.State, m.Lr, RegistryJson.ParseMarkers(m.Detail)))];
    }

    private static IQueryable<SampleSummary> Summaries(IQueryable<SampleEntity> rows) => rows.Select(s => new SampleSummary(
        s.Code,
        s.Donor != null ? s.Donor.Report!.Code : s.FoundChild!.Code,
        s.Donor != null ? s.Donor.Role : null,
        s.Lab,
        s.Kit,
        s.CollectedOn,
        s.MarkerCount));

    private static string? Normalise(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().ToLowerInvariant();
}
