using Homeward.Data.Audit;
using Homeward.Data.Registry;
using Homeward.Data.Tests.Infrastructure;
using Homeward.Registry.Tests;
using Homeward.Testing;

namespace Homeward.Data.Tests.Registry;

/// <summary>Reads of a store given a <see cref="AuditBatcher"/>: no write lock, entries group-committed, each on record before the read returns.</summary>
public sealed class RegistryReadAuditTests
{
    [Theory, DatabaseData]
    public async Task Concurrent_batched_reads_are_each_on_record_when_they_return(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeClock(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
        await RegistryStoreHarness.WithOneMatchAsync(database, clock);
        var before = (await RegistryStoreHarness.AuditAsync(database)).Count;
        const int readers = 24;

        await using (var batcher = new AuditBatcher(database.Settings, clock))
        {
            var store = (await RegistryStore.OpenAsync(database.Settings, new RegistryStoreOptions { Kinship = RegistryScenario.Kinship(), Clock = clock, ReadAudit = batcher })).Value;
            await Task.WhenAll(Enumerable.Range(0, readers).Select(async i =>
            {
                var actor = $"reader-{i}";
                if (i % 2 == 0)
                {
                    var page = await store.ListMatchesAsync(new MatchQuery(), actor);
                    page.Items.Select(m => m.Id).ShouldBe(["M-1"]);
                }
                else
                {
                    var detail = await store.GetMatchAsync("M-1", actor);
                    detail.ShouldNotBeNull().Match.Key.ReportId.ShouldBe("R-1");
                }

                // The batcher is still running: the entry is there because the read waited for it.
                var entries = await RegistryStoreHarness.AuditAsync(database);
                entries.ShouldContain(e => e.Actor == actor && e.Action == "read" && (e.EntityId == "M-1" || e.Details.Contains("M-1", StringComparison.Ordinal)));
            }));
        }

        var all = await RegistryStoreHarness.AuditAsync(database);
        all.Count.ShouldBe(before + readers);
        var verification = await AuditVerifier.VerifyAsync(database.Settings);
        verification.IsIntact.ShouldBeTrue(verification.Problem);
    }

    [Theory, DatabaseData]
    public async Task A_batched_read_sees_one_snapshot_and_changes_still_audit_in_their_transaction(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeClock(new DateTimeOffset(2026, 12, 2, 9, 0, 0, TimeSpan.Zero));
        await RegistryStoreHarness.WithOneMatchAsync(database, clock);

        await using var batcher = new AuditBatcher(database.Settings, clock);
        var store = (await RegistryStore.OpenAsync(database.Settings, new RegistryStoreOptions { Kinship = RegistryScenario.Kinship(), Clock = clock, ReadAudit = batcher })).Value;
        var shown = (await store.GetMatchAsync("M-1", "caseworker")).ShouldNotBeNull();
        var applied = await store.ApplyAsync(new MatchCommand("M-1", Homeward.Registry.Matching.MatchAction.StartReview, "caseworker", "looks right") { ExpectedVersion = shown.Version });
        applied.Outcome.ShouldBe(MatchActionOutcome.Applied);

        var after = (await store.GetMatchAsync("M-1", "caseworker")).ShouldNotBeNull();
        after.Match.State.ShouldBe(Homeward.Registry.Matching.MatchState.UnderReview);
        var entries = await RegistryStoreHarness.AuditAsync(database);
        entries.ShouldContain(e => e.Action == "transition" && e.EntityId == "M-1");
        entries.Count(e => e.Action == "read" && e.EntityId == "M-1").ShouldBe(2);
        (await AuditVerifier.VerifyAsync(database.Settings)).IsIntact.ShouldBeTrue();
    }
}
