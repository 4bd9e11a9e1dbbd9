using System.Globalization;
using System.Text.Json;
using Homeward.Data.Audit;
using Homeward.Data.Entities;
using Homeward.Kinship;
using Homeward.Registry.Cases;
using Homeward.Registry.Matching;
using Homeward.Registry.Places;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Data.Registry;

/// <summary>
/// Reads and moves stored matches: lists and details (each read audited), lifecycle steps through
/// <see cref="MatchCase"/> with optimistic concurrency on the row version, and follow-up visits.
/// </summary>
internal static class MatchWorkflow
{
    public static async Task<MatchPage> ListAsync(RegistryTransaction tx, MatchQuery query, string actor, CancellationToken cancellationToken)
    {
        var skip = Math.Max(0, query.Skip);
        var take = Math.Clamp(query.Take, 1, 1000);
        var key = string.Create(CultureInfo.InvariantCulture, $"{(query.State is { } filter ? RegistryText.Name(filter) : "*")}:{skip}:{take}");
        var page = await tx.ViewAsync("matches", key, () => LoadPageAsync(tx, query.State, skip, take, cancellationToken), cancellationToken).ConfigureAwait(false);
        tx.Audit.Add(new AuditRecord(actor, "read", "matches", "list", JsonSerializer.Serialize(new
        {
            state = query.State is { } s ? RegistryText.Name(s) : null,
            skip = query.Skip,
            matches = page.Items.Select(i => i.Id).ToArray(),
        })));
        return page;
    }

    private static async Task<MatchPage> LoadPageAsync(RegistryTransaction tx, MatchState? state, int skip, int take, CancellationToken cancellationToken)
    {
        var rows = tx.Db.Matches.AsNoTracking();
        if (state is { } wanted)
        {
            var name = RegistryText.Name(wanted);
            rows = rows.Where(m => m.State == name);
        }

        var total = await rows.CountAsync(cancellationToken).ConfigureAwait(false);
        var page = await rows.OrderByDescending(m => m.Posterior).ThenBy(m => m.Code)
            .Skip(skip).Take(take)
            .Select(m => new { m.Code, Report = m.Report!.Code, Child = m.FoundChild!.Code, m.State, m.Lr, m.Posterior, m.Version, m.FlaggedForReview, m.UpdatedAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var items = page.Select(m => new MatchSummary(m.Code, m.Report, m.Child, State(m.State), m.Lr, m.Posterior, m.Version, m.FlaggedForReview, Utc.Domain(m.UpdatedAt))).ToList();
        return new MatchPage(items, total);
    }

    public static async Task<MatchDetail?> GetAsync(RegistryTransaction tx, string matchId, string actor, CancellationToken cancellationToken)
    {
        var detail = await tx.ViewAsync("match", matchId, () => LoadDetailAsync(tx, matchId, cancellationToken), cancellationToken).ConfigureAwait(false);
        tx.Audit.Add(new AuditRecord(actor, "read", "match", matchId, JsonSerializer.Serialize(new { found = detail is not null, report = detail?.Match.Key.ReportId, foundChild = detail?.Match.Key.FoundChildId })));
        return detail;
    }

    private static async Task<MatchDetail?> LoadDetailAsync(RegistryTransaction tx, string matchId, CancellationToken cancellationToken)
    {
        var row = await LoadWithPersons(tx.Db.Matches.AsNoTracking(), matchId, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        var match = Replayed(row);
        var warnings = new List<string>();
        var report = CaseRows.ToReport(row.Report!, row.Report!.MissingPerson);
        var donorRows = await tx.Db.Donors.AsNoTracking().Include(d => d.Person).Where(d => d.ReportId == row.ReportId && d.Code != null).OrderBy(d => d.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
        var donors = RegistryLoader.LoadDonors(donorRows, new Dictionary<Guid, string> { [row.ReportId] = row.Report.Code }, warnings);
        var child = CaseRows.ToFoundChild(row.FoundChild!, row.FoundChild!.Operation?.Code, row.FoundChild.Person);
        var reunionRow = await tx.Db.Reunions.AsNoTracking().SingleOrDefaultAsync(r => r.MatchId == row.Id, cancellationToken).ConfigureAwait(false);
        Reunion? reunion = null;
        if (reunionRow is not null)
        {
            var reunionPlace = Place.Create(reunionRow.Province, reunionRow.Locality, reunionRow.Latitude, reunionRow.Longitude);
            var created = reunionPlace.IsSuccess
                ? Reunion.Create(row.Code, row.Report.Code, row.FoundChild.Code, reunionRow.ReunitedOn, reunionPlace.Value, reunionRow.RecordedBy)
                : Result<Reunion>.Failure(reunionPlace.Errors);
            Collect(created, ref reunion, warnings);
        }

        MissingChildReport? reportValue = null;
        FoundChild? childValue = null;
        Collect(report, ref reportValue, warnings);
        Collect(child, ref childValue, warnings);
        var donorSamples = donors.Select(d => d.SampleCode).OfType<string>().ToArray();
        var typed = await tx.Db.Samples.AsNoTracking().Where(s => donorSamples.Contains(s.Code)).Select(s => s.Code).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new MatchDetail(match, row.Version, row.FlaggedForReview, reportValue, donors, childValue, reunion, warnings) { TypedSamples = [.. typed.Order(StringComparer.Ordinal)] };
    }

    /// <summary>Matches by id with their history and score (no sides), in the order given; one audit entry names them all. Unknown ids are left out.</summary>
    public static async Task<IReadOnlyList<MatchCase>> ReadAsync(RegistryTransaction tx, IReadOnlyCollection<string> matchIds, string actor, CancellationToken cancellationToken)
    {
        var rows = await tx.Db.Matches.AsNoTracking().Where(m => matchIds.Contains(m.Code))
            .Include(m => m.Report).Include(m => m.FoundChild).Include(m => m.Transitions).Include(m => m.FollowUps)
            .AsSplitQuery().ToListAsync(cancellationToken).ConfigureAwait(false);
        var byCode = rows.ToDictionary(r => r.Code, Replayed, StringComparer.Ordinal);
        tx.Audit.Add(new AuditRecord(actor, "read", "matches", "scores", JsonSerializer.Serialize(new { matches = matchIds.Where(byCode.ContainsKey).ToArray() })));
        return [.. matchIds.Where(byCode.ContainsKey).Select(id => byCode[id])];
    }

    public static async Task<MatchActionResult> ApplyAsync(RegistryTransaction tx, MatchCommand command, CancellationToken cancellationToken)
    {
        var loaded = await LoadForChangeAsync(tx, command.MatchId, command.ExpectedVersion, cancellationToken).ConfigureAwait(false);
        if (loaded.Refusal is { } refusal)
        {
            return await RefuseAsync(tx, command.MatchId, command.Actor, RegistryText.Name(command.Action), refusal, cancellationToken).ConfigureAwait(false);
        }

        var (row, match) = (loaded.Row!, loaded.Match!);
        var at = tx.Clock.GetUtcNow();
        var next = command.Action switch
        {
            MatchAction.RecordCheck when command.Check is not { } => Result<MatchCase>.Failure($"match {row.Code}.check", "which check was recorded? (caregiver-willing-and-able, child-wishes, stories-agree, family-not-seller)"),
            MatchAction.RecordCheck => match.RecordCheck(command.Check!.Value, command.Passed, command.Actor, at, command.Reason),
            MatchAction.StartFollowUps => match.StartFollowUps(command.Schedule ?? FollowUpSchedule.Default, command.Actor, at, command.Reason),
            _ => match.Apply(command.Action, command.Actor, at, command.Reason),
        };
        if (!next.IsSuccess)
        {
            return await RefuseAsync(tx, row.Code, command.Actor, RegistryText.Name(command.Action), new MatchActionResult(MatchActionOutcome.Refused, match, row.Version, next.Errors), cancellationToken).ConfigureAwait(false);
        }

        var moved = next.Value;
        tx.Db.MatchTransitions.AddRange(MatchRows.AppendSteps(row, moved, match.History.Length));
        tx.Db.FollowUpVisits.AddRange(MatchRows.AddVisits(row, moved));
        if (command.Action == MatchAction.Reunite)
        {
            var place = command.ReunionPlace ?? Place.Unknown;
            var reunion = Reunion.Of(moved, place).Value;
            tx.Db.Reunions.Add(new ReunionEntity
            {
                Id = Guid.CreateVersion7(),
                MatchId = row.Id,
                ReunitedOn = reunion.ReunitedOn,
                Province = place.Province?.Name,
                Locality = place.Locality,
                Latitude = place.Latitude,
                Longitude = place.Longitude,
                RecordedBy = reunion.RecordedBy,
            });
        }

        var step = moved.History[^1];
        Touch(row, at);
        tx.Audit.Add(new AuditRecord(command.Actor, "transition", "match", row.Code, JsonSerializer.Serialize(new
        {
            action = RegistryText.Name(step.Action),
            from = RegistryText.Name(step.From),
            to = RegistryText.Name(step.To),
            check = step.Check is { } c ? RegistryText.Name(c) : null,
            passed = step.Passed,
            version = row.Version,
        })));
        return await CommitAsync(tx, moved, row, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<MatchActionResult> RecordFollowUpAsync(RegistryTransaction tx, FollowUpRecord visit, CancellationToken cancellationToken)
    {
        var loaded = await LoadForChangeAsync(tx, visit.MatchId, visit.ExpectedVersion, cancellationToken).ConfigureAwait(false);
        if (loaded.Refusal is { } refusal)
        {
            return await RefuseAsync(tx, visit.MatchId, visit.Caseworker, "follow-up", refusal, cancellationToken).ConfigureAwait(false);
        }

        var (row, match) = (loaded.Row!, loaded.Match!);
        var next = match.RecordFollowUp(visit.Index, visit.VisitedOn, visit.Caseworker, visit.Notes, visit.RaisesConcern);
        if (!next.IsSuccess)
        {
            return await RefuseAsync(tx, row.Code, visit.Caseworker, "follow-up", new MatchActionResult(MatchActionOutcome.Refused, match, row.Version, next.Errors), cancellationToken).ConfigureAwait(false);
        }

        MatchRows.WriteVisit(row.FollowUps.Single(v => v.Number == visit.Index), next.Value.FollowUps[visit.Index]);
        Touch(row, tx.Clock.GetUtcNow());
        tx.Audit.Add(new AuditRecord(visit.Caseworker, "update", "match", row.Code, JsonSerializer.Serialize(new
        {
            followUp = visit.Index,
            due = next.Value.FollowUps[visit.Index].DueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            concern = visit.RaisesConcern,
            version = row.Version,
        })));
        return await CommitAsync(tx, next.Value, row, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<(MatchEntity? Row, MatchCase? Match, MatchActionResult? Refusal)> LoadForChangeAsync(RegistryTransaction tx, string matchId, int? expectedVersion, CancellationToken cancellationToken)
    {
        var row = await Load(tx.Db.Matches, matchId, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return (null, null, new MatchActionResult(MatchActionOutcome.NotFound, null, 0, [new InputError($"match {matchId}", "no such match")]));
        }

        var match = Replayed(row);
        if (expectedVersion is { } expected && expected != row.Version)
        {
            return (null, null, Stale(match, row.Version, expected));
        }

        return (row, match, null);
    }

    private static async Task<MatchActionResult> CommitAsync(RegistryTransaction tx, MatchCase match, MatchEntity row, CancellationToken cancellationToken)
    {
        try
        {
            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new MatchActionResult(MatchActionOutcome.Applied, match, row.Version, []);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another writer moved the match between our read and our write (the version check in the UPDATE).
            return Stale(match, row.Version, row.Version - 1);
        }
    }

    /// <summary>
    /// A step not taken changes nothing, but the attempt read the match (its state comes back in the
    /// result), so it is audited as a read; an attempt on a match that does not exist is recorded too.
    /// </summary>
    private static async Task<MatchActionResult> RefuseAsync(RegistryTransaction tx, string matchId, string actor, string attempted, MatchActionResult refusal, CancellationToken cancellationToken)
    {
        tx.Db.ChangeTracker.Clear();
        var outcome = refusal.Outcome switch
        {
            MatchActionOutcome.NotFound => "not-found",
            MatchActionOutcome.StaleVersion => "stale-version",
            _ => "refused",
        };
        tx.Audit.Add(new AuditRecord(string.IsNullOrWhiteSpace(actor) ? "unknown" : actor, "read", "match", PseudonymousOrNot(matchId), JsonSerializer.Serialize(new { attempted, outcome })));
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return refusal;
    }

    private static string PseudonymousOrNot(string id) => Homeward.Registry.PseudonymousId.IsValid(id) ? id : "invalid-id";

    private static MatchActionResult Stale(MatchCase match, int version, int expected) =>
        new(MatchActionOutcome.StaleVersion, match, version, [new InputError($"match {match.Id}.version", $"the match changed since version {expected} (it is now at {version}, {RegistryText.Name(match.State)}): nothing was done; reload it and decide again")]);

    private static void Touch(MatchEntity row, DateTimeOffset at)
    {
        row.Version++;
        row.UpdatedAt = at.UtcDateTime;
    }

    private static Task<MatchEntity?> Load(IQueryable<MatchEntity> matches, string matchId, CancellationToken cancellationToken) =>
        matches.Include(m => m.Report).Include(m => m.FoundChild).ThenInclude(c => c!.Operation)
            .Include(m => m.Transitions).Include(m => m.FollowUps)
            .AsSplitQuery().SingleOrDefaultAsync(m => m.Code == matchId, cancellationToken);

    /// <summary>A match with both sides and their persons (for reading it whole: three statements, not five).</summary>
    private static Task<MatchEntity?> LoadWithPersons(IQueryable<MatchEntity> matches, string matchId, CancellationToken cancellationToken) =>
        matches.Include(m => m.Report).ThenInclude(r => r!.MissingPerson)
            .Include(m => m.FoundChild).ThenInclude(c => c!.Operation)
            .Include(m => m.FoundChild).ThenInclude(c => c!.Person)
            .Include(m => m.Transitions).Include(m => m.FollowUps)
            .AsSplitQuery().SingleOrDefaultAsync(m => m.Code == matchId, cancellationToken);

    private static MatchCase Replayed(MatchEntity row)
    {
        var match = RegistryLoader.Replay(row);
        return match.IsSuccess
            ? match.Value
            : throw new InvalidDataException($"match {row.Code}: the stored history is refused by the lifecycle: {string.Join("; ", match.Errors)}");
    }

    private static MatchState State(string name) =>
        RegistryText.TryParse<MatchState>(name, out var state) ? state : throw new InvalidDataException($"unknown match state '{name}'");

    private static void Collect<T>(Result<T> result, ref T? into, List<string> warnings)
        where T : class
    {
        if (result.IsSuccess)
        {
            into = result.Value;
        }
        else
        {
            warnings.AddRange(result.Errors.Select(e => e.ToString()));
        }
    }
}
