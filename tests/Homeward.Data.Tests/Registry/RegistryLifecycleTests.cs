using Homeward.Data.Audit;
using Homeward.Data.Registry;
using Homeward.Data.Tests.Infrastructure;
using Homeward.Registry.Matching;
using Homeward.Registry.Places;
using Homeward.Registry.Tests;
using Homeward.Testing;
using Microsoft.EntityFrameworkCore;
using static Homeward.Data.Tests.Registry.RegistryStoreHarness;

namespace Homeward.Data.Tests.Registry;

/// <summary>The match lifecycle on the stored registry: every step persisted and audited, stale versions and illegal steps refused.</summary>
public sealed class RegistryLifecycleTests
{
    private static readonly (MatchAction Action, VerificationCheck? Check, MatchState To)[] Path =
    [
        (MatchAction.StartReview, null, MatchState.UnderReview),
        (MatchAction.RequestConfirmatoryTest, null, MatchState.ConfirmatoryTestRequested),
        (MatchAction.Confirm, null, MatchState.Confirmed),
        (MatchAction.BeginVerification, null, MatchState.Verification),
        (MatchAction.RecordCheck, VerificationCheck.CaregiverWillingAndAble, MatchState.Verification),
        (MatchAction.RecordCheck, VerificationCheck.ChildWishes, MatchState.Verification),
        (MatchAction.RecordCheck, VerificationCheck.StoriesAgree, MatchState.Verification),
        (MatchAction.RecordCheck, VerificationCheck.FamilyNotSeller, MatchState.Verification),
        (MatchAction.Reunite, null, MatchState.Reunited),
        (MatchAction.StartFollowUps, null, MatchState.FollowUpsDue),
    ];

    [Theory, DatabaseData]
    public async Task Every_step_to_follow_ups_is_persisted_with_who_when_why_and_audited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeClock(RegistryScenario.T0);
        var store = await WithOneMatchAsync(database, clock);
        var auditBefore = (await AuditAsync(database)).Count;

        var version = 1;
        foreach (var (action, check, to) in Path)
        {
            clock.Advance(TimeSpan.FromDays(1));
            var result = await store.ApplyAsync(new MatchCommand("M-1", action, "caseworker-7", $"step {action} {check}")
            {
                ExpectedVersion = version,
                Check = check,
                ReunionPlace = Place.Create("云南", "Kunming").Value,
            });
            result.Outcome.ShouldBe(MatchActionOutcome.Applied, string.Join("; ", result.Errors));
            result.Match!.State.ShouldBe(to);
            result.Version.ShouldBe(++version);
            (await store.GetMatchAsync("M-1", "caseworker-7"))!.Match.State.ShouldBe(to, "read back from the database");
        }

        var detail = (await store.GetMatchAsync("M-1", "caseworker-7"))!;
        detail.Match.History.Length.ShouldBe(Path.Length + 1);
        detail.Match.History.Skip(1).Select(t => (t.Action, t.To, t.Actor)).ShouldBe(Path.Select(p => (p.Action, p.To, "caseworker-7")));
        detail.Match.History[^1].At.ShouldBe(RegistryScenario.T0.AddDays(Path.Length));
        detail.Match.History[5].Reason.ShouldBe("step RecordCheck CaregiverWillingAndAble");
        detail.Match.VerificationPassed.ShouldBeTrue();
        detail.Match.FollowUps.Select(v => v.DueOn).ShouldBe(FollowUpScheduleDays(detail.Match.ReunitedOn!.Value));
        detail.Reunion!.ReunitedOn.ShouldBe(DateOnly.FromDateTime(RegistryScenario.T0.AddDays(9).UtcDateTime));
        detail.Reunion.Place.Province!.Name.ShouldBe("云南");
        var transitions = (await AuditAsync(database)).Skip(auditBefore).Where(e => e.Action == "transition").ToList();
        transitions.Count.ShouldBe(Path.Length);
        transitions.ShouldAllBe(e => e.EntityId == "M-1" && e.Actor == "caseworker-7" && !e.Details.Contains("step"), "reasons stay with the match, not in the log");
        (await AuditVerifier.VerifyAsync(database.Settings)).IsIntact.ShouldBeTrue();

        var visit = await store.RecordFollowUpAsync(new FollowUpRecord("M-1", 0, detail.Match.FollowUps[0].DueOn, "caseworker-7", "child settled, school enrolled", false) { ExpectedVersion = version });
        visit.Outcome.ShouldBe(MatchActionOutcome.Applied, string.Join("; ", visit.Errors));
        var visited = (await store.GetMatchAsync("M-1", "caseworker-7"))!;
        visited.Match.FollowUps[0].IsDone.ShouldBeTrue();
        visited.Match.FollowUps[0].Notes.ShouldBe("child settled, school enrolled");
        visited.Match.FollowUps.Skip(1).ShouldAllBe(v => !v.IsDone);
    }

    [Theory, DatabaseData]
    public async Task A_step_on_a_stale_version_is_refused_and_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = await WithOneMatchAsync(database, new FakeClock(RegistryScenario.T0));
        (await store.ApplyAsync(new MatchCommand("M-1", MatchAction.StartReview, "analyst-1", "strong trio LR") { ExpectedVersion = 1 })).IsApplied.ShouldBeTrue();
        var auditBefore = (await AuditAsync(database)).Count;

        var stale = await store.ApplyAsync(new MatchCommand("M-1", MatchAction.Exclude, "analyst-2", "saw version 1 only") { ExpectedVersion = 1 });

        stale.Outcome.ShouldBe(MatchActionOutcome.StaleVersion);
        stale.Version.ShouldBe(2);
        stale.Errors.ShouldHaveSingleItem().Message.ShouldContain("changed since version 1");
        (await store.GetMatchAsync("M-1", "analyst-2"))!.Match.State.ShouldBe(MatchState.UnderReview);
        (await CountAsync(database, db => db.MatchTransitions)).ShouldBe(2);
        var audit = (await AuditAsync(database)).Skip(auditBefore).ToList();
        audit.Select(e => (e.Action, e.Actor)).ShouldBe([("read", "analyst-2"), ("read", "analyst-2")], "the refused attempt and the read that followed; no transition");
        audit[0].Details.ShouldContain("stale-version");
    }

    [Theory, DatabaseData]
    public async Task Of_two_concurrent_steps_on_the_same_version_exactly_one_is_applied(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeClock(RegistryScenario.T0);
        await WithOneMatchAsync(database, clock);
        var first = await OpenAsync(database, clock);
        var second = await OpenAsync(database, clock);

        var results = await Task.WhenAll(
            Task.Run(() => first.ApplyAsync(new MatchCommand("M-1", MatchAction.StartReview, "analyst-1", "mine") { ExpectedVersion = 1 })),
            Task.Run(() => second.ApplyAsync(new MatchCommand("M-1", MatchAction.Exclude, "analyst-2", "no, mine") { ExpectedVersion = 1 })));

        results.Count(r => r.IsApplied).ShouldBe(1);
        results.Count(r => r.Outcome == MatchActionOutcome.StaleVersion).ShouldBe(1);
        await using var db = database.Context();
        (await db.Matches.SingleAsync()).Version.ShouldBe(2);
        (await db.MatchTransitions.CountAsync()).ShouldBe(2);
        (await AuditVerifier.VerifyAsync(database.Settings)).IsIntact.ShouldBeTrue();
    }

    [Theory, DatabaseData]
    public async Task An_illegal_step_is_refused_with_the_reason_and_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = await WithOneMatchAsync(database, new FakeClock(RegistryScenario.T0));

        var refused = await store.ApplyAsync(new MatchCommand("M-1", MatchAction.Confirm, "analyst", "skipping review"));
        var missing = await store.ApplyAsync(new MatchCommand("M-404", MatchAction.StartReview, "analyst", "no such match"));
        var noReason = await store.ApplyAsync(new MatchCommand("M-1", MatchAction.StartReview, "analyst", " "));

        refused.Outcome.ShouldBe(MatchActionOutcome.Refused);
        refused.Errors.ShouldHaveSingleItem().ToString().ShouldBe("match M-1.Confirm.state: cannot Confirm a match that is Potential");
        missing.Outcome.ShouldBe(MatchActionOutcome.NotFound);
        noReason.Outcome.ShouldBe(MatchActionOutcome.Refused);
        noReason.Errors.ShouldContain(e => e.Place.EndsWith("reason", StringComparison.Ordinal));
        await using var db = database.Context();
        (await db.Matches.SingleAsync()).Version.ShouldBe(1);
        (await db.AuditEntries.Where(e => e.EntityType == "match" && e.Action == "read").Select(e => e.Details).ToListAsync()).Count(d => d.Contains("refused") || d.Contains("not-found")).ShouldBe(3, "each attempt is on record");
        (await db.MatchTransitions.CountAsync()).ShouldBe(1);
    }

    private static DateOnly[] FollowUpScheduleDays(DateOnly reunited) => [.. new[] { 1, 3, 6, 12, 24 }.Select(reunited.AddMonths)];
}
