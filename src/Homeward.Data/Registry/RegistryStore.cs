using Homeward.Kinship;
using Homeward.Registry.Cases;
using Homeward.Registry.Continuous;
using Homeward.Registry.Matching;

namespace Homeward.Data.Registry;

/// <summary>
/// The registry on its database (docs/data.md, "Registry store"): cases, samples and profiles,
/// continuous matching, the match lifecycle, follow-ups, re-scoring and retention. Every method is one
/// transaction that also appends the audit entries of what it read or changed: all of it is
/// committed, or none of it. Adding a case or a profile searches it against the other side at once
/// and stores the new potential matches. Relatives without consent to domestic identification are
/// never searched; an excluded pair never comes back. Thread-safe: it holds no connection.
/// </summary>
public sealed class RegistryStore
{
    private readonly DatabaseSettings _settings;
    private readonly RegistryStoreOptions _options;
    private readonly MatchSearch _search;
    private readonly RetentionJob _retention;

    private RegistryStore(DatabaseSettings settings, RegistryStoreOptions options)
    {
        _settings = settings;
        _options = options;
        _search = new MatchSearch(options);
        _retention = new RetentionJob(options.Retention);
    }

    /// <summary>Opens the store on a database whose schema is up to date; refuses invalid settings or a schema with pending migrations.</summary>
    public static async Task<Result<RegistryStore>> OpenAsync(DatabaseSettings settings, RegistryStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        options ??= new RegistryStoreOptions();
        var errors = new List<InputError>();
        errors.AddRange(options.Matching.Validate().Errors ?? []);
        errors.AddRange(options.Retention.Validate().Errors ?? []);
        var pending = await HomewardDatabase.PendingMigrationsAsync(settings, cancellationToken).ConfigureAwait(false);
        if (pending.Count > 0)
        {
            errors.Add(new InputError(settings.Describe(), $"the schema is not up to date ({pending.Count} migration(s) pending); run 'homeward db init'"));
        }

        return errors.Count > 0 ? Result<RegistryStore>.Failure(errors) : new RegistryStore(settings, options);
    }

    /// <summary>Registers a report with its relatives, then searches the report against every found child.</summary>
    public Task<Result<MatchingOutcome>> AddReportAsync(MissingChildReport report, IReadOnlyList<Donor> donors, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(donors);
        return WriteAsync(
            async tx => Errors(await CaseWriter.AddReportAsync(tx, report, donors, actor, cancellationToken).ConfigureAwait(false), report.Id),
            (matcher, loaded, _) => matcher.SearchReport(loaded.Snapshot, report.Id, loaded.Exclusions, loaded.Existing),
            actor,
            cancellationToken);
    }

    /// <summary>Registers a found child, then searches the child against every report.</summary>
    public Task<Result<MatchingOutcome>> AddFoundChildAsync(FoundChild child, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(child);
        return WriteAsync(
            async tx => Errors(await CaseWriter.AddFoundChildAsync(tx, child, actor, cancellationToken).ConfigureAwait(false), child.Id),
            (matcher, loaded, _) => matcher.SearchFoundChild(loaded.Snapshot, child.Id, loaded.Exclusions, loaded.Existing),
            actor,
            cancellationToken);
    }

    /// <summary>
    /// Registers a whole batch of cases in one transaction, each with its audit entries, without
    /// searching: follow it with one <see cref="RunMatchingAsync"/>. All or nothing: when any case or
    /// sample is refused, the errors of the whole batch are returned and nothing is stored.
    /// </summary>
    public async Task<Result<int>> AddBatchAsync(RegistryBatch batch, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (string.IsNullOrWhiteSpace(actor))
        {
            return Result<int>.Failure("actor", "who acts is required (for the audit log)");
        }

        await using var tx = await BeginAsync(write: true, cancellationToken).ConfigureAwait(false);
        var errors = await BatchWriter.WriteAsync(tx, batch, actor, cancellationToken).ConfigureAwait(false);
        if (errors.Count > 0)
        {
            return Result<int>.Failure(errors);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return batch.Count;
    }

    /// <summary>Registers a police operation (its children are registered on their own).</summary>
    public Task<Result<MatchingOutcome>> AddOperationAsync(Operation operation, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return WriteAsync(
            async tx => Errors(await CaseWriter.AddOperationAsync(tx, operation, actor, cancellationToken).ConfigureAwait(false), operation.Id),
            null,
            actor,
            cancellationToken);
    }

    /// <summary>
    /// Stores a sample with its profile (a new one, or a changed profile of a known sample) and
    /// searches it against the other side at once: a relative's against every found child, a found
    /// child's against every report. The sample code must already be on the relative or found child.
    /// </summary>
    public Task<Result<MatchingOutcome>> AddSampleAsync(Sample sample, GeneticProfile profile, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(profile);
        return WriteAsync(
            async tx =>
            {
                var owner = await CaseWriter.AddSampleAsync(tx, sample, profile, actor, cancellationToken).ConfigureAwait(false);
                return owner.IsSuccess ? owner.Value : Result<SampleOwner>.Failure(owner.Errors);
            },
            (matcher, loaded, owner) => owner.ReportId is { } report
                ? matcher.SearchReport(loaded.Snapshot, report, loaded.Exclusions, loaded.Existing)
                : matcher.SearchFoundChild(loaded.Snapshot, owner.FoundChildId!, loaded.Exclusions, loaded.Existing),
            actor,
            cancellationToken);
    }

    /// <summary>
    /// Records a relative's new consent (given, extended or withdrawn) and searches the report again;
    /// <paramref name="reason"/>, when given, is recorded in the audit entry. A relative without consent to
    /// domestic identification is left out of every search from then on.
    /// </summary>
    public Task<Result<MatchingOutcome>> UpdateConsentAsync(string donorId, Consent consent, string actor, string? reason = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(consent);
        return WriteAsync(
            tx => CaseWriter.UpdateConsentAsync(tx, donorId, consent, actor, reason, cancellationToken),
            (matcher, loaded, report) => matcher.SearchReport(loaded.Snapshot, report, loaded.Exclusions, loaded.Existing),
            actor,
            cancellationToken);
    }

    /// <summary>
    /// Records a relative's guardian status (<see cref="GuardianStatus"/>), with a required reason in the
    /// audit entry, and searches the report again. A guardian suspected of selling the child can no longer
    /// give consent for a minor, and the consents they gave no longer stand (the minor is left out of the
    /// search, with a warning, until consent is given again).
    /// </summary>
    public Task<Result<MatchingOutcome>> UpdateGuardianStatusAsync(string donorId, GuardianStatus status, string actor, string reason, CancellationToken cancellationToken = default) =>
        WriteAsync(
            tx => CaseWriter.UpdateGuardianStatusAsync(tx, donorId, status, actor, reason, cancellationToken),
            (matcher, loaded, report) => matcher.SearchReport(loaded.Snapshot, report, loaded.Exclusions, loaded.Existing),
            actor,
            cancellationToken);

    /// <summary>Puts a legal hold on a case (retention deletes nothing of it) or lifts it; <paramref name="reason"/>, when given, is recorded in the audit entry.</summary>
    public Task<Result<MatchingOutcome>> SetLegalHoldAsync(string reportId, bool hold, string actor, string? reason = null, CancellationToken cancellationToken = default) =>
        WriteAsync(
            async tx => Errors(await CaseWriter.SetLegalHoldAsync(tx, reportId, hold, actor, reason, cancellationToken).ConfigureAwait(false), reportId),
            null,
            actor,
            cancellationToken);

    /// <summary>A report's relatives with their consent and guardian status, and its legal hold, or null when there is no such report; the read is audited.</summary>
    public async Task<ReportConsent?> ReadConsentAsync(string reportId, string actor, CancellationToken cancellationToken = default)
    {
        await using var tx = await BeginAsync(write: false, cancellationToken).ConfigureAwait(false);
        var consent = await ConsentReader.ReadAsync(tx, reportId, actor, cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return consent;
    }

    /// <summary>The registry as the matcher sees it (cases, relatives, found children, profiles); the read is audited.</summary>
    public async Task<RegistrySnapshot> LoadSnapshotAsync(string actor, CancellationToken cancellationToken = default)
    {
        await using var tx = await BeginAsync(write: false, cancellationToken).ConfigureAwait(false);
        var loaded = await RegistryLoader.LoadAsync(tx.Db, cancellationToken).ConfigureAwait(false);
        tx.Audit.Add(new Audit.AuditRecord(actor, "read", "registry", "snapshot", System.Text.Json.JsonSerializer.Serialize(new
        {
            reports = loaded.Snapshot.Reports.Count,
            donors = loaded.Snapshot.Donors.Count,
            foundChildren = loaded.Snapshot.FoundChildren.Count,
            profiles = loaded.Snapshot.Profiles.Count,
        })));
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return loaded.Snapshot;
    }

    /// <summary>Searches every found child against every report and stores the new potential matches, in one transaction.</summary>
    public async Task<MatchingOutcome> RunMatchingAsync(string actor, IProgress<MatchingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        await using var tx = await BeginAsync(write: true, cancellationToken).ConfigureAwait(false);
        var outcome = await _search.SearchAsync(tx, (matcher, loaded) => matcher.SearchAll(loaded.Snapshot, loaded.Exclusions, loaded.Existing, SearchProgress.Of(progress)), actor, progress, cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    /// <summary>Re-scores every stored match that is not excluded under the store's (new) frequencies; states never change.</summary>
    public async Task<RescoreOutcome> RescoreAsync(string actor, IProgress<MatchingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        await using var tx = await BeginAsync(write: true, cancellationToken).ConfigureAwait(false);
        var outcome = await _search.RescoreAsync(tx, actor, progress, cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    /// <summary>A page of matches, highest posterior first; the read is audited (the ids shown).</summary>
    public async Task<MatchPage> ListMatchesAsync(MatchQuery query, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var tx = await BeginAsync(write: false, cancellationToken).ConfigureAwait(false);
        var page = await MatchWorkflow.ListAsync(tx, query, actor, cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return page;
    }

    /// <summary>A match with both sides, or null when there is no such match; the read (or the attempt) is audited.</summary>
    public async Task<MatchDetail?> GetMatchAsync(string matchId, string actor, CancellationToken cancellationToken = default)
    {
        await using var tx = await BeginAsync(write: false, cancellationToken).ConfigureAwait(false);
        var detail = await MatchWorkflow.GetAsync(tx, matchId, actor, cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return detail;
    }

    /// <summary>Matches by id with their history and score, without their sides, in the order given (unknown ids left out); the read is audited once, naming them all.</summary>
    public async Task<IReadOnlyList<MatchCase>> GetMatchesAsync(IReadOnlyCollection<string> matchIds, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(matchIds);
        await using var tx = await BeginAsync(write: false, cancellationToken).ConfigureAwait(false);
        var matches = await MatchWorkflow.ReadAsync(tx, matchIds, actor, cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return matches;
    }

    /// <summary>
    /// A match with both sides and the profiles a match report needs (the found child's and those of
    /// the relatives who consented to domestic identification), or null when there is no such match.
    /// The read of the match and of each profile is audited.
    /// </summary>
    public async Task<MatchEvidence?> GetMatchEvidenceAsync(string matchId, string actor, CancellationToken cancellationToken = default)
    {
        await using var tx = await BeginAsync(write: false, cancellationToken).ConfigureAwait(false);
        var detail = await MatchWorkflow.GetAsync(tx, matchId, actor, cancellationToken).ConfigureAwait(false);
        var profiles = detail is null ? null : await MatchProfiles.LoadAsync(tx, detail, actor, cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return detail is null ? null : new MatchEvidence(detail, profiles!);
    }

    /// <summary>
    /// Takes a lifecycle step on a match through <see cref="Homeward.Registry.Matching.MatchLifecycle"/>: recorded with who,
    /// when and why, audited. A stale <see cref="MatchCommand.ExpectedVersion"/> gives
    /// <see cref="MatchActionOutcome.StaleVersion"/>, a step the lifecycle refuses
    /// <see cref="MatchActionOutcome.Refused"/> with the reason; neither changes anything.
    /// </summary>
    public async Task<MatchActionResult> ApplyAsync(MatchCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var tx = await BeginAsync(write: true, cancellationToken).ConfigureAwait(false);
        return await MatchWorkflow.ApplyAsync(tx, command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records a follow-up visit of a match in follow-ups due (schedule them with <see cref="Homeward.Registry.Matching.MatchAction.StartFollowUps"/>).</summary>
    public async Task<MatchActionResult> RecordFollowUpAsync(FollowUpRecord visit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(visit);
        await using var tx = await BeginAsync(write: true, cancellationToken).ConfigureAwait(false);
        return await MatchWorkflow.RecordFollowUpAsync(tx, visit, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Applies the retention rules on <paramref name="today"/>: relatives' profiles deleted after a
    /// reunion unless they consented to keep them, profiles without identification consent, expired
    /// closed cases; nothing of a case under legal hold. Each deletion is audited. A dry run deletes
    /// nothing and only records that the cases were read.
    /// </summary>
    public async Task<RetentionOutcome> ApplyRetentionAsync(DateOnly today, bool dryRun, string actor, CancellationToken cancellationToken = default)
    {
        await using var tx = await BeginAsync(write: !dryRun, cancellationToken).ConfigureAwait(false);
        var outcome = await _retention.RunAsync(tx, today, dryRun, actor, cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return outcome;
    }

    private static Result<string> Errors(IReadOnlyList<InputError> errors, string id) => errors.Count > 0 ? Result<string>.Failure(errors) : id;

    private Task<RegistryTransaction> BeginAsync(bool write, CancellationToken cancellationToken) =>
        RegistryTransaction.BeginAsync(_settings, _options.Clock, write, _options.ReadAudit, cancellationToken);

    /// <summary>One write and, when <paramref name="search"/> is given, the search it calls for, in one transaction.</summary>
    private async Task<Result<MatchingOutcome>> WriteAsync<T>(
        Func<RegistryTransaction, Task<Result<T>>> write, Func<ContinuousMatcher, LoadedRegistry, T, Result<MatchingRun>>? search, string actor, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(actor))
        {
            return Result<MatchingOutcome>.Failure("actor", "who acts is required (for the audit log)");
        }

        await using var tx = await BeginAsync(write: true, cancellationToken).ConfigureAwait(false);
        var written = await write(tx).ConfigureAwait(false);
        if (!written.IsSuccess)
        {
            return Result<MatchingOutcome>.Failure(written.Errors);
        }

        var outcome = search is null
            ? new MatchingOutcome([], 0, 0, [])
            : await _search.SearchAsync(tx, (matcher, loaded) => search(matcher, loaded, written.Value), actor, null, cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return outcome;
    }
}
