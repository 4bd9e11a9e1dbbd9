using System.Text.Json;
using Homeward.Data.Registry;
using Homeward.Data.Tests.Infrastructure;
using Homeward.Registry.Cases;
using Homeward.Registry.Tests;
using Homeward.Testing;
using static Homeward.Data.Tests.Registry.RegistryStoreHarness;

namespace Homeward.Data.Tests.Registry;

/// <summary><see cref="RegistryStore.AddBatchAsync"/>: many cases in one audited transaction, without searching; all or nothing.</summary>
public sealed class RegistryBatchTests
{
    [Theory, DatabaseData]
    public async Task A_batch_is_stored_and_audited_without_searching_and_one_run_then_finds_the_families(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeClock(RegistryScenario.T0);
        var store = await OpenAsync(database, clock);
        var (batch, _) = Batch(new RegistryScenario(5), "R-1", "R-2");

        var added = await store.AddBatchAsync(batch, "importer");

        added.IsSuccess.ShouldBeTrue(added.IsSuccess ? null : string.Join("; ", added.Errors));
        added.Value.ShouldBe(1 + 2 + 2 + 6);
        (await CountAsync(database, db => db.Matches)).ShouldBe(0, "a batch is not searched");
        (await CountAsync(database, db => db.Samples)).ShouldBe(6);
        (await CountAsync(database, db => db.Operations)).ShouldBe(1);
        var audit = await AuditAsync(database);
        audit.Count(e => e.Actor == "importer" && e.Action == "create").ShouldBe(1 + 2 + 4 + 2 + 6, "the operation, each report, relative, found child and sample");
        audit.ShouldContain(e => e.EntityType == "donor" && e.EntityId == "P-2-F");
        audit.ShouldContain(e => e.EntityType == "sample" && e.EntityId == "S-F-2");

        var run = await store.RunMatchingAsync("matcher");
        var page = await store.ListMatchesAsync(new MatchQuery(), "analyst");

        run.NewMatches.Count.ShouldBeGreaterThanOrEqualTo(2);
        page.Items.ShouldContain(m => m.ReportId == "R-1" && m.FoundChildId == "F-1");
        page.Items.ShouldContain(m => m.ReportId == "R-2" && m.FoundChildId == "F-2");
        var read = await store.GetMatchesAsync(["M-2", "M-99", "M-1"], "analyst");
        read.Select(m => m.Id).ShouldBe(["M-2", "M-1"]);
        read.ShouldAllBe(m => m.Score != null);
    }

    [Theory, DatabaseData]
    public async Task A_batch_sample_has_the_content_hash_a_single_add_would_give(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = await OpenAsync(database, new FakeClock(RegistryScenario.T0), search: false);
        var (batch, family) = Batch(new RegistryScenario(6), "R-1");
        (await store.AddBatchAsync(batch, "importer")).IsSuccess.ShouldBeTrue();

        var profile = family.Profiles[0];
        (await store.AddSampleAsync(RegistryScenario.SampleOf(profile, SampleSubject.Relative), profile, "lab")).IsSuccess.ShouldBeTrue();

        var update = (await AuditAsync(database)).Single(e => e.Action == "update" && e.EntityType == "sample");
        using var details = JsonDocument.Parse(update.Details!);
        details.RootElement.GetProperty("oldHash").GetString().ShouldBe(details.RootElement.GetProperty("newHash").GetString());
    }

    [Theory, DatabaseData]
    public async Task A_batch_with_any_refused_case_stores_nothing_and_names_every_problem(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeClock(RegistryScenario.T0);
        var store = await WithOneMatchAsync(database, clock);
        var scenario = new RegistryScenario(7);
        var (batch, _) = Batch(scenario, "R-1", "R-3");
        var stranger = scenario.NewChild("F-9");
        batch = batch with { Samples = [.. batch.Samples, (RegistryScenario.SampleOf(stranger.Profile, SampleSubject.FoundChild), stranger.Profile)] };
        var before = (await AuditAsync(database)).Count;
        var reports = await CountAsync(database, db => db.Reports);

        var added = await store.AddBatchAsync(batch, "importer");

        added.IsSuccess.ShouldBeFalse();
        added.Errors.Select(e => e.Place).ShouldContain("report R-1");
        added.Errors.Select(e => e.Place).ShouldContain("sample S-F-9");
        (await CountAsync(database, db => db.Reports)).ShouldBe(reports);
        (await CountAsync(database, db => db.Samples)).ShouldBe(3);
        (await AuditAsync(database)).Count.ShouldBe(before, "nothing of a refused batch is audited as done");
        (await store.AddBatchAsync(new RegistryBatch(), " ")).IsSuccess.ShouldBeFalse();
    }

    /// <summary>An operation, the families <paramref name="reports"/> (R-n), their true children F-n, and every profile as a sample.</summary>
    private static (RegistryBatch Batch, Family First) Batch(RegistryScenario scenario, params string[] reports)
    {
        var families = reports.Select(r => scenario.NewFamily(r)).ToArray();
        var children = families.Select(f => scenario.NewChild($"F-{f.Report.Id[2..]}", f.ChildGenotypes)).ToArray();
        var batch = new RegistryBatch
        {
            Operations = [Operation.Create("OP-1", new DateOnly(2023, 5, 30), ["福建"], 3, null, [.. children.Select(c => c.Child.Id)]).Value],
            Reports = [.. families.Select(f => (f.Report, f.Donors))],
            FoundChildren = [.. children.Select(c => c.Child)],
            Samples =
            [
                .. families.SelectMany(f => f.Profiles).Select(p => (RegistryScenario.SampleOf(p, SampleSubject.Relative), p)),
                .. children.Select(c => (RegistryScenario.SampleOf(c.Profile, SampleSubject.FoundChild), c.Profile)),
            ],
        };
        return (batch, families[0]);
    }
}
