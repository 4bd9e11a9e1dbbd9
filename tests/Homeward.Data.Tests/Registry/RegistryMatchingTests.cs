using Homeward.Data.Audit;
using Homeward.Data.Registry;
using Homeward.Data.Tests.Infrastructure;
using Homeward.Registry.Cases;
using Homeward.Registry.Matching;
using Homeward.Registry.Tests;
using Homeward.Testing;
using static Homeward.Data.Tests.Registry.RegistryStoreHarness;

namespace Homeward.Data.Tests.Registry;

/// <summary>Continuous matching on the stored registry: matches at once, consent, exclusions, whole runs, re-scoring, atomicity.</summary>
public sealed class RegistryMatchingTests
{
    [Theory, DatabaseData]
    public async Task A_new_profile_is_searched_at_once_and_its_match_stored_with_the_whole_score(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = await WithOneMatchAsync(database, new FakeClock(RegistryScenario.T0));

        var detail = await store.GetMatchAsync("M-1", "analyst");

        detail.ShouldNotBeNull();
        detail.Match.Key.ShouldBe(new MatchKey("R-1", "F-1"));
        detail.Match.State.ShouldBe(MatchState.Potential);
        detail.Version.ShouldBe(1);
        var score = detail.Match.Score.ShouldNotBeNull();
        score.DnaLikelihoodRatio.ShouldBeGreaterThan(1e4, "a trio of the true child");
        score.Markers.Count.ShouldBe(15);
        score.Markers.Aggregate(1.0, (p, m) => p * m.LikelihoodRatio).ShouldBe(score.DnaLikelihoodRatio, score.DnaLikelihoodRatio * 1e-9);
        score.Factors.Count.ShouldBe(5);
        score.PosteriorProbability.ShouldBeGreaterThan(0.99);
        detail.Report!.Name.Characters.ShouldBe("李小龙");
        detail.Report.LastSeenPlace.Province!.Name.ShouldBe("云南");
        detail.Donors.Select(d => d.Id).ShouldBe(["P-1-F", "P-1-M"]);
        detail.FoundChild!.EstimatedAge.MinYears.ShouldBe(12);
        detail.Warnings.ShouldBeEmpty();
        var audit = await AuditAsync(database);
        audit.ShouldContain(e => e.Action == "create" && e.EntityType == "match" && e.EntityId == "M-1");
        audit[^1].Action.ShouldBe("read");
        audit[^1].EntityId.ShouldBe("M-1");
        audit.ShouldAllBe(e => !e.Details.Contains("李"), "no names in the audit log");
        (await AuditVerifier.VerifyAsync(database.Settings)).IsIntact.ShouldBeTrue();
    }

    [Theory, DatabaseData]
    public async Task A_relative_without_identification_consent_is_not_searched_until_consent_is_given(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeClock(RegistryScenario.T0);
        var store = await OpenAsync(database, clock);
        var scenario = new RegistryScenario(2);
        var family = scenario.NewFamily("R-1", mother: ConsentScopes.InternationalSearch | ConsentScopes.Evidence, father: ConsentScopes.None);
        await RegistryScenario.AddFamilyAsync(store, family);

        var outcome = await RegistryScenario.AddChildAsync(store, scenario.NewChild("F-1", family.ChildGenotypes));

        outcome.NewMatches.ShouldBeEmpty();
        outcome.Warnings.ShouldContain(w => w.Contains("P-1-M") && w.Contains("no consent"));
        (await CountAsync(database, db => db.Matches)).ShouldBe(0);

        var consented = await store.UpdateConsentAsync("P-1-M", Consent.Given(ConsentScopes.DomesticIdentification, RegistryScenario.T0.AddDays(1), "caseworker").Value, "caseworker");

        consented.Value.NewMatches.ShouldBe(["M-1"], "consent given: the report is searched again at once");
        (await AuditAsync(database)).ShouldContain(e => e.Action == "update" && e.EntityType == "donor" && e.EntityId == "P-1-M");
    }

    [Theory, DatabaseData]
    public async Task An_excluded_pair_never_comes_back_neither_from_a_new_profile_nor_from_a_whole_run(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeClock(RegistryScenario.T0);
        var store = await WithOneMatchAsync(database, clock);
        (await store.ApplyAsync(new MatchCommand("M-1", MatchAction.Exclude, "analyst", "the mother's sample was swapped at the lab"))).IsApplied.ShouldBeTrue();

        var family = new RegistryScenario(1).NewFamily("R-1");
        var again = await store.AddSampleAsync(RegistryScenario.SampleOf(family.Profiles[0], SampleSubject.Relative), family.Profiles[0], "lab");
        var run = await store.RunMatchingAsync("matcher");

        again.Value.NewMatches.ShouldBeEmpty();
        run.NewMatches.ShouldBeEmpty();
        run.SkippedExcluded.ShouldBe(1);
        (await CountAsync(database, db => db.Matches)).ShouldBe(1);
        var excluded = await store.GetMatchAsync("M-1", "analyst");
        excluded!.Match.State.ShouldBe(MatchState.Excluded);
        excluded.Match.ExclusionReason.ShouldBe("the mother's sample was swapped at the lab");
    }

    [Theory, DatabaseData]
    public async Task A_whole_run_stores_every_match_and_a_second_run_adds_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeClock(RegistryScenario.T0);
        await SeedWithoutSearchAsync(database, clock);
        var store = await OpenAsync(database, clock);
        var stages = new List<string>();

        var first = await store.RunMatchingAsync("matcher", new Inline(p => stages.Add(p.Stage)));
        var second = await store.RunMatchingAsync("matcher");

        first.NewMatches.Count.ShouldBeGreaterThanOrEqualTo(2);
        var page = await store.ListMatchesAsync(new MatchQuery { State = MatchState.Potential }, "analyst");
        page.Items.Select(m => m.FoundChildId).ShouldContain("F-1");
        page.Items.Select(m => m.FoundChildId).ShouldContain("F-2");
        page.Items.ShouldContain(m => m.ReportId == "R-1" && m.FoundChildId == "F-1");
        page.Items.ShouldContain(m => m.ReportId == "R-2" && m.FoundChildId == "F-2");
        page.Items.Select(m => m.PosteriorProbability).ShouldBeInOrder(SortDirection.Descending);
        page.Total.ShouldBe(first.NewMatches.Count);
        second.NewMatches.ShouldBeEmpty();
        second.SkippedExisting.ShouldBe(first.NewMatches.Count);
        stages.ShouldContain("stored");
    }

    [Theory, DatabaseData]
    public async Task A_crash_in_the_middle_of_a_run_leaves_nothing_half_written(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeClock(RegistryScenario.T0);
        await SeedWithoutSearchAsync(database, clock);
        var store = await OpenAsync(database, clock);
        var auditBefore = (await AuditAsync(database)).Count;

        await Should.ThrowAsync<IOException>(() => store.RunMatchingAsync("matcher", new Inline(p =>
        {
            if (p.Stage == "stored" && p.Done == 1)
            {
                throw new IOException("power cut");
            }
        })));

        (await CountAsync(database, db => db.Matches)).ShouldBe(0);
        (await CountAsync(database, db => db.MatchTransitions)).ShouldBe(0);
        (await AuditAsync(database)).Count.ShouldBe(auditBefore);
        (await store.RunMatchingAsync("matcher")).NewMatches.Count.ShouldBeGreaterThanOrEqualTo(2, "the run can simply be repeated");
    }

    [Theory, DatabaseData]
    public async Task Rescoring_under_another_table_changes_the_score_and_the_version_but_never_the_state(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeClock(RegistryScenario.T0);
        var store = await WithOneMatchAsync(database, clock);
        (await store.ApplyAsync(new MatchCommand("M-1", MatchAction.StartReview, "analyst", "looks right"))).IsApplied.ShouldBeTrue();
        var before = (await store.GetMatchAsync("M-1", "analyst"))!;
        var other = await OpenAsync(database, clock, RegistryScenario.Kinship("nist1036-cauc.csv"));

        var outcome = await other.RescoreAsync("matcher");

        outcome.Rescored.ShouldBe(1);
        outcome.Changed.ShouldBe(1, "another table gives another LR");
        (await other.RescoreAsync("matcher")).Changed.ShouldBe(0, "the same table again changes nothing");
        var after = (await store.GetMatchAsync("M-1", "analyst"))!;
        after.Match.State.ShouldBe(MatchState.UnderReview);
        after.Match.History.Length.ShouldBe(before.Match.History.Length);
        after.Version.ShouldBe(before.Version + 2);
        after.Match.Score!.FrequencyTable.ShouldEndWith("nist1036-cauc.csv");
        after.Match.Score.DnaLikelihoodRatio.ShouldNotBe(before.Match.Score!.DnaLikelihoodRatio);
        (await AuditAsync(database)).ShouldContain(e => e.Action == "update" && e.EntityId == "M-1" && e.Details.Contains("rescored"));
    }

    /// <summary>Two families with their true children, one unrelated child, stored by a store that does not search.</summary>
    private static async Task SeedWithoutSearchAsync(TestDatabase database, FakeClock clock)
    {
        var quiet = await OpenAsync(database, clock, search: false);
        var scenario = new RegistryScenario(4);
        var one = scenario.NewFamily("R-1");
        var two = scenario.NewFamily("R-2");
        await RegistryScenario.AddFamilyAsync(quiet, one);
        await RegistryScenario.AddFamilyAsync(quiet, two);
        (await RegistryScenario.AddChildAsync(quiet, scenario.NewChild("F-1", one.ChildGenotypes))).Warnings.ShouldContain(w => w.Contains("no frequency table"));
        await RegistryScenario.AddChildAsync(quiet, scenario.NewChild("F-2", two.ChildGenotypes));
        await RegistryScenario.AddChildAsync(quiet, scenario.NewChild("F-3"));
        (await CountAsync(database, db => db.Matches)).ShouldBe(0);
    }

    /// <summary>Progress reported on the caller's thread, as it happens (Progress&lt;T&gt; would post it).</summary>
    private sealed class Inline(Action<MatchingProgress> report) : IProgress<MatchingProgress>
    {
        public void Report(MatchingProgress value) => report(value);
    }
}
