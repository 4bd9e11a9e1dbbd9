using System.Collections.Immutable;
using Homeward.Kinship;
using Homeward.Registry.Cases;

namespace Homeward.Registry.Matching;

/// <summary>
/// A match between a missing-child report and a found child and its lifecycle (<see cref="MatchLifecycle"/>).
/// Immutable: every action returns the next case or the reason it is refused; every step records who,
/// when and why in <see cref="History"/>. Timestamps come from the caller, never the clock.
/// </summary>
public sealed class MatchCase
{
    private MatchCase(string id, MatchKey key, MatchState state, ImmutableArray<MatchTransition> history, MatchScore? score, ImmutableArray<FollowUpVisit> followUps)
    {
        Id = id;
        Key = key;
        State = state;
        History = history;
        Score = score;
        FollowUps = followUps;
    }

    /// <summary>The pseudonymous match id.</summary>
    public string Id { get; }

    /// <summary>The report and found child.</summary>
    public MatchKey Key { get; }

    /// <summary>The current state.</summary>
    public MatchState State { get; }

    /// <summary>Every step, oldest first (the first is <see cref="MatchAction.Open"/>).</summary>
    public ImmutableArray<MatchTransition> History { get; }

    /// <summary>The latest score (re-computed when frequencies change), or null when not scored.</summary>
    public MatchScore? Score { get; }

    /// <summary>The follow-up visits, once <see cref="MatchState.FollowUpsDue"/>.</summary>
    public ImmutableArray<FollowUpVisit> FollowUps { get; }

    /// <summary>The latest outcome of each verification check recorded since verification began.</summary>
    public IReadOnlyDictionary<VerificationCheck, bool> Checks =>
        History.Where(t => t.Action == MatchAction.RecordCheck).GroupBy(t => t.Check!.Value).ToDictionary(g => g.Key, g => g.Last().Passed!.Value);

    /// <summary>Whether all four checks passed (their latest outcomes).</summary>
    public bool VerificationPassed => Enum.GetValues<VerificationCheck>().All(c => Checks.TryGetValue(c, out var passed) && passed);

    /// <summary>The reason of the exclusion, when excluded.</summary>
    public string? ExclusionReason => State == MatchState.Excluded ? History[^1].Reason : null;

    /// <summary>The day of the reunion, once reunited.</summary>
    public DateOnly? ReunitedOn => History.LastOrDefault(t => t.Action == MatchAction.Reunite) is { } t ? DateOnly.FromDateTime(t.At.UtcDateTime) : null;

    /// <summary>
    /// Opens a potential match; refused when the pair was excluded before (an excluded pair never
    /// comes back) or already has a match (<paramref name="existing"/>).
    /// </summary>
    public static Result<MatchCase> Open(string id, MatchKey key, MatchScore? score, ExclusionRegistry exclusions, string actor, DateTimeOffset at, string reason, IReadOnlySet<MatchKey>? existing = null)
    {
        ArgumentNullException.ThrowIfNull(exclusions);
        var v = new Validation($"match {id}")
            .RequireId(id, "id")
            .RequireId(key.ReportId, "report")
            .RequireId(key.FoundChildId, "foundChild")
            .RequireText(actor, "actor")
            .RequireText(reason, "reason")
            .Require(!exclusions.IsExcluded(key), "key", $"{key} was excluded ({exclusions.Find(key)?.Reason}) and cannot become a potential match again")
            .Require(existing is null || !existing.Contains(key), "key", $"{key} already has a match");
        return v.Build(() => new MatchCase(id, key, MatchState.Potential, [new MatchTransition(MatchAction.Open, MatchState.Potential, MatchState.Potential, actor, at, reason)], score, []));
    }

    /// <summary>Potential → under review.</summary>
    public Result<MatchCase> StartReview(string actor, DateTimeOffset at, string reason) => Move(MatchAction.StartReview, actor, at, reason);

    /// <summary>Under review → confirmatory test requested.</summary>
    public Result<MatchCase> RequestConfirmatoryTest(string actor, DateTimeOffset at, string reason) => Move(MatchAction.RequestConfirmatoryTest, actor, at, reason);

    /// <summary>Confirmatory test requested → confirmed (the reason cites the test).</summary>
    public Result<MatchCase> Confirm(string actor, DateTimeOffset at, string reason) => Move(MatchAction.Confirm, actor, at, reason);

    /// <summary>Confirmed → verification.</summary>
    public Result<MatchCase> BeginVerification(string actor, DateTimeOffset at, string reason) => Move(MatchAction.BeginVerification, actor, at, reason);

    /// <summary>Records one verification check (a later record of the same check replaces its outcome).</summary>
    public Result<MatchCase> RecordCheck(VerificationCheck check, bool passed, string actor, DateTimeOffset at, string reason) =>
        Enum.IsDefined(check)
            ? Move(MatchAction.RecordCheck, actor, at, reason, check, passed)
            : Result<MatchCase>.Failure($"match {Id}.check", $"unknown check {check}");

    /// <summary>Verification → reunited; refused unless all four checks passed.</summary>
    public Result<MatchCase> Reunite(string actor, DateTimeOffset at, string reason)
    {
        if (State == MatchState.Verification && !VerificationPassed)
        {
            var missing = Enum.GetValues<VerificationCheck>().Where(c => !Checks.TryGetValue(c, out var p) || !p);
            return Result<MatchCase>.Failure($"match {Id}.reunite", $"verification has not passed: {string.Join(", ", missing)} not passed");
        }

        return Move(MatchAction.Reunite, actor, at, reason);
    }

    /// <summary>Reunited → follow-ups due, with visits scheduled from the reunion day.</summary>
    public Result<MatchCase> StartFollowUps(FollowUpSchedule schedule, string actor, DateTimeOffset at, string reason)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        var moved = Move(MatchAction.StartFollowUps, actor, at, reason);
        return moved.IsSuccess ? moved.Value.With(followUps: schedule.Plan(ReunitedOn!.Value)) : moved;
    }

    /// <summary>Excludes the match (from any state before the reunion); the reason is required.</summary>
    public Result<MatchCase> Exclude(string actor, DateTimeOffset at, string reason) => Move(MatchAction.Exclude, actor, at, reason);

    /// <summary>Applies any action by name (checks need <paramref name="check"/> and <paramref name="passed"/>; follow-ups use the default schedule).</summary>
    public Result<MatchCase> Apply(MatchAction action, string actor, DateTimeOffset at, string reason, VerificationCheck check = VerificationCheck.CaregiverWillingAndAble, bool passed = true) => action switch
    {
        MatchAction.StartReview => StartReview(actor, at, reason),
        MatchAction.RequestConfirmatoryTest => RequestConfirmatoryTest(actor, at, reason),
        MatchAction.Confirm => Confirm(actor, at, reason),
        MatchAction.BeginVerification => BeginVerification(actor, at, reason),
        MatchAction.RecordCheck => RecordCheck(check, passed, actor, at, reason),
        MatchAction.Reunite => Reunite(actor, at, reason),
        MatchAction.StartFollowUps => StartFollowUps(FollowUpSchedule.Default, actor, at, reason),
        MatchAction.Exclude => Exclude(actor, at, reason),
        _ => Result<MatchCase>.Failure($"match {Id}.{action}", $"{action} is not an action on an existing match"),
    };

    /// <summary>The match with a new score (re-scoring does not change the state).</summary>
    public MatchCase WithScore(MatchScore score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return With(score: score);
    }

    /// <summary>Records follow-up visit <paramref name="index"/> (0-based, in schedule order).</summary>
    public Result<MatchCase> RecordFollowUp(int index, DateOnly visitedOn, string caseworker, string? notes, bool raisesConcern)
    {
        if (State != MatchState.FollowUpsDue || index < 0 || index >= FollowUps.Length)
        {
            return Result<MatchCase>.Failure($"match {Id}.followUps[{index}]", "no such follow-up visit is due");
        }

        var recorded = FollowUps[index].Record(visitedOn, caseworker, notes, raisesConcern);
        return recorded.IsSuccess ? With(followUps: FollowUps.SetItem(index, recorded.Value)) : Result<MatchCase>.Failure(recorded.Errors);
    }

    private Result<MatchCase> Move(MatchAction action, string actor, DateTimeOffset at, string reason, VerificationCheck? check = null, bool? passed = null)
    {
        var target = MatchLifecycle.Target(State, action);
        var v = new Validation($"match {Id}.{action}")
            .Require(target is not null, "state", $"cannot {action} a match that is {State}")
            .RequireText(actor, "actor")
            .RequireText(reason, "reason")
            .Require(at >= History[^1].At, "at", $"{at:O} is before the previous step ({History[^1].At:O})");
        return v.Build(() => new MatchCase(Id, Key, target!.Value, History.Add(new MatchTransition(action, State, target.Value, actor, at, reason, check, passed)), Score, FollowUps));
    }

    private MatchCase With(MatchScore? score = null, ImmutableArray<FollowUpVisit>? followUps = null) =>
        new(Id, Key, State, History, score ?? Score, followUps ?? FollowUps);
}
