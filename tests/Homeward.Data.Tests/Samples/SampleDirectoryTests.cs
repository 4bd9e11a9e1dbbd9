using System.Text.Json;
using Homeward.Data.Samples;
using Homeward.Data.Tests.Infrastructure;
using Homeward.Registry.Cases;
using Homeward.Registry.Tests;
using Homeward.Testing;
using static Homeward.Data.Tests.Registry.RegistryStoreHarness;

namespace Homeward.Data.Tests.Samples;

/// <summary>The lab analysts' sample pages on the stored registry: search, one sample with custody, genotypes and match LRs, hand-overs; each audited.</summary>
public sealed class SampleDirectoryTests
{
    [Theory, DatabaseData]
    public async Task Search_filters_by_code_lab_kit_and_date_and_audits_the_codes_shown(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeClock(RegistryScenario.T0);
        await WithOneMatchAsync(database, clock);
        var samples = new SampleDirectory(database.Settings, clock);

        var byCode = await samples.SearchAsync(new SampleQuery(Code: " s-1-"), 1, 25, "analyst");
        byCode.Items.Select(s => (s.Code, s.OwnerCode, s.Role)).ShouldBe([("S-1-F", "R-1", "father"), ("S-1-M", "R-1", "mother")]);
        (await samples.SearchAsync(new SampleQuery(Lab: "LAB-1", Kit: "goldeneye"), 1, 25, "analyst")).Total.ShouldBe(3);
        (await samples.SearchAsync(new SampleQuery(Kit: "GlobalFiler"), 1, 25, "analyst")).Total.ShouldBe(0);
        (await samples.SearchAsync(new SampleQuery(CollectedOn: new DateOnly(2024, 2, 2)), 1, 25, "analyst")).Total.ShouldBe(0);

        var paged = await samples.SearchAsync(new SampleQuery(CollectedOn: new DateOnly(2024, 2, 1)), 2, 2, "analyst");
        paged.Total.ShouldBe(3);
        paged.Items.Select(s => s.Code).ShouldBe(["S-F-1"]);
        paged.Items[0].ShouldBe(new SampleSummary("S-F-1", "F-1", null, "lab-1", "Goldeneye 20A", new DateOnly(2024, 2, 1), 15));

        var audit = (await AuditAsync(database))[^1];
        (audit.Actor, audit.Action, audit.EntityType).ShouldBe(("analyst", "search", "sample"));
        audit.Details.ShouldContain("S-F-1");
        audit.Details.ShouldNotContain("2024-02-01", customMessage: "the search text is not recorded");
    }

    [Theory, DatabaseData]
    public async Task A_sample_reads_with_custody_genotypes_and_the_LRs_of_its_match_and_no_name(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeClock(RegistryScenario.T0);
        var store = await WithOneMatchAsync(database, clock);
        var match = (await store.GetMatchAsync("M-1", "test"))!;
        var samples = new SampleDirectory(database.Settings, clock);

        var mother = (await samples.ReadAsync("S-1-M", "analyst"))!;
        mother.Summary.OwnerCode.ShouldBe("R-1");
        mother.Custody.ShouldBe([new CustodyEntry(RegistryScenario.T0.AddDays(-20), "collector", "lab-1", "seal 42")]);
        mother.Genotypes.Count.ShouldBe(15);
        mother.Genotypes.Select(g => g.Marker).ShouldBe(mother.Genotypes.Select(g => g.Marker).Order(StringComparer.Ordinal));
        mother.Matches.Select(m => m.MatchId).ShouldBe(["M-1"]);
        mother.Matches[0].LikelihoodRatio.ShouldBe(match.Match.Score!.DnaLikelihoodRatio);
        mother.Matches[0].Markers.Select(m => m.LikelihoodRatio).ShouldBe(match.Match.Score.Markers.Select(m => m.LikelihoodRatio));
        JsonSerializer.Serialize(mother).ShouldNotContain("\\u674E", customMessage: "the family name 李 is never read");
        JsonSerializer.Serialize(mother).ShouldNotContain("Xiaolong");

        var child = (await samples.ReadAsync("S-F-1", "analyst"))!;
        child.Summary.OwnerCode.ShouldBe("F-1");
        child.Matches.Select(m => m.MatchId).ShouldBe(["M-1"]);

        var audit = (await AuditAsync(database))[^1];
        (audit.Actor, audit.Action, audit.EntityType, audit.EntityId).ShouldBe(("analyst", "read", "sample", "S-F-1"));
        audit.Details.ShouldContain("M-1");

        (await samples.ReadAsync("S-NONE", "analyst")).ShouldBeNull();
        var missed = (await AuditAsync(database))[^1];
        (missed.EntityId, missed.Details.Contains("\"found\":false", StringComparison.Ordinal)).ShouldBe(("S-NONE", true));
    }

    [Theory, DatabaseData]
    public async Task A_relative_without_consent_to_identification_is_in_no_match(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeClock(RegistryScenario.T0);
        var store = await OpenAsync(database, clock);
        var scenario = new RegistryScenario(3);
        var family = scenario.NewFamily("R-3", father: ConsentScopes.None);
        await RegistryScenario.AddFamilyAsync(store, family);
        (await RegistryScenario.AddChildAsync(store, scenario.NewChild("F-3", family.ChildGenotypes))).NewMatches.ShouldNotBeEmpty();
        var samples = new SampleDirectory(database.Settings, clock);

        (await samples.ReadAsync("S-3-F", "analyst"))!.Matches.ShouldBeEmpty();
        (await samples.ReadAsync("S-3-M", "analyst"))!.Matches.ShouldNotBeEmpty();
    }

    [Theory, DatabaseData]
    public async Task A_hand_over_is_appended_from_the_holder_and_audited_and_a_broken_chain_is_refused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeClock(RegistryScenario.T0);
        await WithOneMatchAsync(database, clock);
        var samples = new SampleDirectory(database.Settings, clock);

        var added = await samples.RecordCustodyAsync("S-1-M", new CustodyEntry(RegistryScenario.T0.AddDays(-1), " lab-1 ", "freezer B", "seal 42 intact"), "analyst");
        added.IsSuccess.ShouldBeTrue(added.IsSuccess ? null : string.Join("; ", added.Errors!));
        added.Value.ShouldBe(2);
        var audit = (await AuditAsync(database))[^1];
        (audit.Action, audit.EntityType, audit.EntityId).ShouldBe(("custody", "sample", "S-1-M"));

        var notHolder = await samples.RecordCustodyAsync("S-1-M", new CustodyEntry(RegistryScenario.T0, "lab-1", "court", "x"), "analyst");
        notHolder.Errors!.Single().Message.ShouldContain("held by freezer B");
        var earlier = await samples.RecordCustodyAsync("S-1-M", new CustodyEntry(RegistryScenario.T0.AddDays(-2), "freezer B", "court", "x"), "analyst");
        earlier.Errors!.Single().Message.ShouldContain("before the previous hand-over");
        var future = await samples.RecordCustodyAsync("S-1-M", new CustodyEntry(RegistryScenario.T0.AddDays(1), "freezer B", "court", "x"), "analyst");
        future.Errors!.Single().Message.ShouldContain("future");
        (await samples.RecordCustodyAsync("S-NONE", new CustodyEntry(RegistryScenario.T0, "a", "b", "c"), "analyst")).IsSuccess.ShouldBeFalse();

        var read = (await samples.ReadAsync("S-1-M", "analyst"))!;
        read.Custody.Select(c => (c.From, c.To, c.Note)).ShouldBe([("collector", "lab-1", "seal 42"), ("lab-1", "freezer B", "seal 42 intact")]);
    }

    [Theory, DatabaseData]
    public async Task A_match_names_the_typed_samples_of_its_relatives(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeClock(RegistryScenario.T0);
        var store = await OpenAsync(database, clock);
        var scenario = new RegistryScenario(5);
        var family = scenario.NewFamily("R-5");
        (await store.AddReportAsync(family.Report, family.Donors, "caseworker")).IsSuccess.ShouldBeTrue();
        var mother = family.Profiles.Single(p => p.SampleCode == "S-5-M");
        (await store.AddSampleAsync(RegistryScenario.SampleOf(mother, SampleSubject.Relative), mother, "lab")).IsSuccess.ShouldBeTrue();
        var outcome = await RegistryScenario.AddChildAsync(store, scenario.NewChild("F-5", family.ChildGenotypes));

        var detail = (await store.GetMatchAsync(outcome.NewMatches.ShouldHaveSingleItem(), "test"))!;
        detail.Donors.Select(d => d.SampleCode).ShouldBe(["S-5-F", "S-5-M"], ignoreOrder: true);
        detail.TypedSamples.ShouldBe(["S-5-M"], "the father's sample is coded but not typed yet");
    }
}
