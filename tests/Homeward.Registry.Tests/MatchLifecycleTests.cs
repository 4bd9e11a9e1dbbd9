using Homeward.Registry.Cases;
using Homeward.Registry.Matching;

namespace Homeward.Registry.Tests;

public sealed class MatchLifecycleTests
{
    private static readonly DateTimeOffset T = Fixtures.T0;

    // The lifecycle as the issue states it, written out independently of MatchLifecycle.
    private static readonly Dictionary<(MatchState, MatchAction), MatchState> Allowed = new()
    {
        [(MatchState.Potential, MatchAction.StartReview)] = MatchState.UnderReview,
        [(MatchState.UnderReview, MatchAction.RequestConfirmatoryTest)] = MatchState.ConfirmatoryTestRequested,
        [(MatchState.ConfirmatoryTestRequested, MatchAction.Confirm)] = MatchState.Confirmed,
        [(MatchState.Confirmed, MatchAction.BeginVerification)] = MatchState.Verification,
        [(MatchState.Verification, MatchAction.RecordCheck)] = MatchState.Verification,
        [(MatchState.Verification, MatchAction.Reunite)] = MatchState.Reunited,
        [(MatchState.Reunited, MatchAction.StartFollowUps)] = MatchState.FollowUpsDue,
        [(MatchState.Potential, MatchAction.Exclude)] = MatchState.Excluded,
        [(MatchState.UnderReview, MatchAction.Exclude)] = MatchState.Excluded,
        [(MatchState.ConfirmatoryTestRequested, MatchAction.Exclude)] = MatchState.Excluded,
        [(MatchState.Confirmed, MatchAction.Exclude)] = MatchState.Excluded,
        [(MatchState.Verification, MatchAction.Exclude)] = MatchState.Excluded,
    };

    public static TheoryData<MatchState, MatchAction> AllPairs()
    {
        var data = new TheoryData<MatchState, MatchAction>();
        foreach (var state in Enum.GetValues<MatchState>())
        {
            foreach (var action in Enum.GetValues<MatchAction>())
            {
                data.Add(state, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void Every_state_and_action_is_allowed_exactly_as_the_lifecycle_says(MatchState state, MatchAction action)
    {
        var match = Reach(state);
        match.State.ShouldBe(state);
        var result = match.Apply(action, "analyst-1", T.AddDays(30), "table test");
        if (Allowed.TryGetValue((state, action), out var target))
        {
            result.IsSuccess.ShouldBeTrue(string.Join("; ", result.Errors ?? []));
            result.Value.State.ShouldBe(target);
            var step = result.Value.History[^1];
            (step.Action, step.From, step.To, step.Actor, step.At, step.Reason).ShouldBe((action, state, target, "analyst-1", T.AddDays(30), "table test"));
            result.Value.History.Length.ShouldBe(match.History.Length + 1);
        }
        else
        {
            result.IsSuccess.ShouldBeFalse();
            MatchLifecycle.Target(state, action).ShouldBeNull();
        }
    }

    [Fact]
    public void The_lifecycle_table_equals_the_issue()
    {
        foreach (var state in Enum.GetValues<MatchState>())
        {
            foreach (var action in Enum.GetValues<MatchAction>())
            {
                MatchLifecycle.Target(state, action).ShouldBe(Allowed.TryGetValue((state, action), out var t) ? t : null, $"{state} {action}");
            }
        }

        MatchLifecycle.IsFinal(MatchState.Excluded).ShouldBeTrue();
        MatchLifecycle.IsFinal(MatchState.FollowUpsDue).ShouldBeTrue();
        MatchLifecycle.IsFinal(MatchState.Reunited).ShouldBeFalse();
    }

    [Fact]
    public void Reunion_needs_all_four_checks_passed()
    {
        var verifying = Reach(MatchState.Confirmed).BeginVerification("cw", T.AddDays(10), "start").Value;
        verifying.Reunite("cw", T.AddDays(11), "go").Errors![0].Message.ShouldContain("not passed");
        var m = verifying;
        foreach (var check in Enum.GetValues<VerificationCheck>())
        {
            m = m.RecordCheck(check, check != VerificationCheck.FamilyNotSeller, "cw", T.AddDays(11), $"{check}").Value;
        }

        m.VerificationPassed.ShouldBeFalse();
        var refused = m.Reunite("cw", T.AddDays(12), "go");
        refused.IsSuccess.ShouldBeFalse();
        refused.Errors![0].Message.ShouldContain(nameof(VerificationCheck.FamilyNotSeller));
        m = m.RecordCheck(VerificationCheck.FamilyNotSeller, true, "police-2", T.AddDays(13), "investigation closed: no sale").Value;
        m.VerificationPassed.ShouldBeTrue();
        m.Reunite("cw", T.AddDays(14), "reunited at the welfare home").Value.State.ShouldBe(MatchState.Reunited);
    }

    [Fact]
    public void A_later_failed_check_blocks_the_reunion_again()
    {
        var m = Reach(MatchState.Verification).RecordCheck(VerificationCheck.ChildWishes, false, "cw", T.AddDays(40), "child asked for more time").Value;
        m.VerificationPassed.ShouldBeFalse();
        m.Reunite("cw", T.AddDays(41), "go").IsSuccess.ShouldBeFalse();
    }

    [Fact]
    public void Steps_need_an_actor_a_reason_and_time_that_does_not_go_back()
    {
        var m = Reach(MatchState.Potential);
        m.StartReview("", T.AddDays(1), "r").IsSuccess.ShouldBeFalse();
        m.StartReview("a", T.AddDays(1), " ").IsSuccess.ShouldBeFalse();
        m.StartReview("a", T.AddDays(-1), "r").IsSuccess.ShouldBeFalse();
        m.Exclude("a", T.AddDays(1), "").IsSuccess.ShouldBeFalse();
    }

    [Fact]
    public void Follow_ups_are_due_from_the_reunion_day()
    {
        var m = Reach(MatchState.FollowUpsDue);
        m.ReunitedOn.ShouldBe(DateOnly.FromDateTime(T.AddDays(5).UtcDateTime));
        m.FollowUps.Select(v => v.DueOn).ShouldBe(FollowUpSchedule.Default.DueDates(m.ReunitedOn!.Value));
        var visited = m.RecordFollowUp(0, m.FollowUps[0].DueOn, "cw-5", "child at school", false).Value;
        visited.FollowUps[0].IsDone.ShouldBeTrue();
        visited.RecordFollowUp(9, m.FollowUps[0].DueOn, "cw-5", null, false).IsSuccess.ShouldBeFalse();
        Reach(MatchState.Reunited).RecordFollowUp(0, default, "cw", null, false).IsSuccess.ShouldBeFalse();
    }

    [Fact]
    public void An_excluded_pair_never_becomes_a_potential_match_again()
    {
        var excluded = Reach(MatchState.UnderReview).Exclude("analyst-2", T.AddDays(3), "three inconsistent loci after retyping").Value;
        excluded.ExclusionReason.ShouldBe("three inconsistent loci after retyping");
        var registry = ExclusionRegistry.From([excluded]);
        registry.IsExcluded(excluded.Key).ShouldBeTrue();
        registry.Find(excluded.Key)!.Actor.ShouldBe("analyst-2");
        var reopened = MatchCase.Open("M-2", excluded.Key, null, registry, "search", T.AddDays(400), "new frequencies");
        reopened.IsSuccess.ShouldBeFalse();
        reopened.Errors![0].Message.ShouldContain("excluded");
        ExclusionRegistry.Empty.Add(Reach(MatchState.Potential)).IsSuccess.ShouldBeFalse();
    }

    [Fact]
    public void A_reunion_record_comes_from_a_reunited_match()
    {
        Reunion.Of(Reach(MatchState.Verification), Fixtures.At("云南")).IsSuccess.ShouldBeFalse();
        var reunion = Reunion.Of(Reach(MatchState.FollowUpsDue), Fixtures.At("云南")).Value;
        (reunion.MatchId, reunion.ReportId, reunion.FoundChildId, reunion.ReunitedOn).ShouldBe(("M-1", "R-1", "F-1", DateOnly.FromDateTime(T.AddDays(5).UtcDateTime)));
    }

    [Fact]
    public void A_pair_has_at_most_one_match()
    {
        var key = new MatchKey("R-1", "F-1");
        MatchCase.Open("M-2", key, null, ExclusionRegistry.Empty, "search", T, "hit", new HashSet<MatchKey> { key }).IsSuccess.ShouldBeFalse();
    }

    /// <summary>A match in the given state, reached through the allowed path (all checks passed in verification).</summary>
    internal static MatchCase Reach(MatchState state)
    {
        var m = MatchCase.Open("M-1", new MatchKey("R-1", "F-1"), null, ExclusionRegistry.Empty, "search", T, "LR 1e9 in the national search").Value;
        if (state == MatchState.Excluded)
        {
            return m.Exclude("analyst", T.AddDays(1), "stories disagree").Value;
        }

        MatchAction[] path = [MatchAction.StartReview, MatchAction.RequestConfirmatoryTest, MatchAction.Confirm, MatchAction.BeginVerification, MatchAction.Reunite, MatchAction.StartFollowUps];
        var day = 1;
        foreach (var action in path)
        {
            if (m.State == state)
            {
                return m;
            }

            m = m.Apply(action, "user", T.AddDays(day), "path").Value;
            if (action == MatchAction.BeginVerification)
            {
                foreach (var check in Enum.GetValues<VerificationCheck>())
                {
                    m = m.RecordCheck(check, true, "cw", T.AddDays(day), "checked").Value;
                }
            }

            day++;
        }

        return m;
    }
}
