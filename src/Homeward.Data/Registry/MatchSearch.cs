using System.Globalization;
using System.Text.Json;
using Homeward.Data.Audit;
using Homeward.Kinship;
using Homeward.Registry.Continuous;
using Homeward.Registry.Matching;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Data.Registry;

/// <summary>
/// Continuous matching against the stored registry: loads the snapshot inside the caller's
/// transaction, runs <see cref="ContinuousMatcher"/> and stores every new potential match (LR,
/// per-marker LRs, descriptive evidence, posterior, the opening step) with one audit entry each.
/// Excluded pairs and pairs that have a match are skipped by the matcher and refused by
/// <see cref="MatchCase.Open"/>. Also re-scores stored matches.
/// </summary>
internal sealed class MatchSearch(RegistryStoreOptions options)
{
    private const string NoFrequencies = "not searched: no frequency table configured (RegistryStoreOptions.Kinship)";

    private readonly ContinuousMatcher? _matcher = options.Kinship is { } kinship ? new ContinuousMatcher(kinship, options.Matching, options.Clock) : null;

    public async Task<MatchingOutcome> SearchAsync(
        RegistryTransaction tx, Func<ContinuousMatcher, LoadedRegistry, Result<MatchingRun>> search, string actor, IProgress<MatchingProgress>? progress, CancellationToken cancellationToken)
    {
        if (_matcher is null)
        {
            return new MatchingOutcome([], 0, 0, [NoFrequencies]);
        }

        var loaded = await RegistryLoader.LoadAsync(tx.Db, cancellationToken).ConfigureAwait(false);
        progress?.Report(new MatchingProgress("loaded", loaded.Snapshot.Reports.Count + loaded.Snapshot.FoundChildren.Count, loaded.Snapshot.Reports.Count + loaded.Snapshot.FoundChildren.Count));
        var run = search(_matcher, loaded);
        var warnings = loaded.Warnings.ToList();
        if (!run.IsSuccess)
        {
            warnings.AddRange(run.Errors.Select(e => $"not searched: {e}"));
            return new MatchingOutcome([], 0, 0, warnings);
        }

        warnings.AddRange(run.Value.Warnings);
        progress?.Report(new MatchingProgress("searched", run.Value.Matches.Count, run.Value.Matches.Count));
        var next = await NextNumberAsync(tx.Db, cancellationToken).ConfigureAwait(false);
        var now = options.Clock.GetUtcNow();
        var opened = new List<string>();
        foreach (var potential in run.Value.Matches)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"M-{next++}");
            var match = potential.Open(id, loaded.Exclusions, loaded.Existing, actor, now);
            if (!match.IsSuccess)
            {
                warnings.AddRange(match.Errors.Select(e => e.ToString()));
                continue;
            }

            tx.Db.Matches.Add(MatchRows.New(match.Value, loaded.ReportIds[potential.Key.ReportId], loaded.FoundChildIds[potential.Key.FoundChildId], now.UtcDateTime));
            tx.Audit.Add(new AuditRecord(actor, "create", "match", id, JsonSerializer.Serialize(new
            {
                report = potential.Key.ReportId,
                foundChild = potential.Key.FoundChildId,
                log10Lr = Log10(potential.Score.DnaLikelihoodRatio),
                posterior = potential.Score.PosteriorProbability,
            })));
            opened.Add(id);
            progress?.Report(new MatchingProgress("stored", opened.Count, run.Value.Matches.Count));
        }

        return new MatchingOutcome(opened, run.Value.SkippedExcluded, run.Value.SkippedExisting, warnings);
    }

    public async Task<RescoreOutcome> RescoreAsync(RegistryTransaction tx, string actor, IProgress<MatchingProgress>? progress, CancellationToken cancellationToken)
    {
        if (_matcher is null)
        {
            return new RescoreOutcome(0, [], [NoFrequencies]);
        }

        var loaded = await RegistryLoader.LoadAsync(tx.Db, cancellationToken).ConfigureAwait(false);
        var excluded = RegistryText.Name(MatchState.Excluded);
        var rows = await tx.Db.Matches.Where(m => m.State != excluded)
            .Include(m => m.Report).Include(m => m.FoundChild).Include(m => m.Transitions).Include(m => m.FollowUps)
            .AsSplitQuery().ToListAsync(cancellationToken).ConfigureAwait(false);
        var warnings = new List<string>();
        var matches = new List<MatchCase>();
        foreach (var row in rows)
        {
            var match = RegistryLoader.Replay(row);
            if (match.IsSuccess)
            {
                matches.Add(match.Value);
            }
            else
            {
                warnings.AddRange(match.Errors.Select(e => $"{e}; not re-scored"));
            }
        }

        var run = _matcher.Rescore(loaded.Snapshot, matches);
        if (!run.IsSuccess)
        {
            return new RescoreOutcome(0, [], [.. warnings, .. run.Errors.Select(e => $"not re-scored: {e}")]);
        }

        var byCode = rows.ToDictionary(r => r.Code, StringComparer.Ordinal);
        var now = options.Clock.GetUtcNow().UtcDateTime;
        var flagged = new List<string>();
        var done = 0;
        var changed = 0;
        foreach (var rescored in run.Value.Matches)
        {
            var row = byCode[rescored.Match.Id];
            MatchRows.WriteScore(row, rescored.Match.Score);
            row.FlaggedForReview = rescored.FellBelowThreshold;
            row.Version++;
            row.UpdatedAt = now;
            if (rescored.FellBelowThreshold)
            {
                flagged.Add(row.Code);
            }

            if (rescored.PreviousDnaLr is not { } before || !before.Equals(rescored.Match.Score!.DnaLikelihoodRatio))
            {
                changed++;
            }

            tx.Audit.Add(new AuditRecord(actor, "update", "match", row.Code, JsonSerializer.Serialize(new
            {
                rescored = rescored.Match.Score!.FrequencyTable,
                previousLog10Lr = rescored.PreviousDnaLr is { } previous ? Log10(previous) : null,
                log10Lr = Log10(rescored.Match.Score.DnaLikelihoodRatio),
                flagged = rescored.FellBelowThreshold,
                version = row.Version,
            })));
            progress?.Report(new MatchingProgress("rescored", ++done, run.Value.Matches.Count));
        }

        return new RescoreOutcome(run.Value.Matches.Count, flagged, [.. warnings, .. run.Value.Warnings], changed);
    }

    private static double? Log10(double lr) => lr > 0 && double.IsFinite(lr) ? Math.Round(Math.Log10(lr), 6) : null;

    /// <summary>The next match number: match ids are <c>M-1</c>, <c>M-2</c>, … (registry writers are serialised, see <see cref="RegistryTransaction"/>).</summary>
    private static async Task<long> NextNumberAsync(HomewardDbContext db, CancellationToken cancellationToken)
    {
        var last = await db.Matches.AsNoTracking().Where(m => m.Code.StartsWith("M-"))
            .OrderByDescending(m => m.Code.Length).ThenByDescending(m => m.Code).Select(m => m.Code)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return last is not null && long.TryParse(last.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n + 1 : 1;
    }
}
