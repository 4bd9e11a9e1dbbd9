using Homeward.Data.Audit;
using Homeward.Data.Photos;
using Homeward.Data.Photos.Images;
using Homeward.Data.Reading;
using Homeward.Data.Registry;
using Homeward.Data.Tests.Infrastructure;
using Homeward.Data.Tests.Registry;
using Homeward.Registry.Matching;
using Homeward.Registry.Tests;
using Homeward.Testing;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Data.Tests.Reading;

/// <summary>
/// Batched reads with a <see cref="ReadCache"/>: on SQLite a view is reused while the registry is
/// unchanged and never once another connection (another store, another process) has changed it; every
/// read is audited, cached or not. PostgreSQL does not cache.
/// </summary>
public sealed class CachedReadTests
{
    [Theory, DatabaseData]
    public async Task A_cached_view_is_reused_until_another_connection_changes_the_registry(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeClock(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero));
        var cli = await RegistryStoreHarness.WithOneMatchAsync(database, clock);
        var reads = (await RegistryStoreHarness.AuditAsync(database)).Count(e => e.Action == "read");
        var cache = new ReadCache();
        await using var batcher = new AuditBatcher(database.Settings, clock) { Cache = cache };
        var web = (await RegistryStore.OpenAsync(database.Settings, new RegistryStoreOptions { Kinship = RegistryScenario.Kinship(), Clock = clock, ReadAudit = batcher })).Value;

        (await web.ListMatchesAsync(new MatchQuery(), "reader")).Items.Single().State.ShouldBe(MatchState.Potential);
        var shown = (await web.GetMatchAsync("M-1", "reader")).ShouldNotBeNull();
        (await web.ListMatchesAsync(new MatchQuery(), "reader")).Items.Single().State.ShouldBe(MatchState.Potential);
        (await web.GetMatchAsync("M-1", "reader")).ShouldNotBeNull().Version.ShouldBe(shown.Version);
        cache.Hits.ShouldBe(provider == DatabaseProvider.Sqlite ? 2 : 0);

        // Another store, as the CLI or another process would: its own connection, no cache.
        var applied = await cli.ApplyAsync(new MatchCommand("M-1", MatchAction.StartReview, "caseworker", "looks right") { ExpectedVersion = shown.Version });
        applied.Outcome.ShouldBe(MatchActionOutcome.Applied);

        (await web.ListMatchesAsync(new MatchQuery(), "reader")).Items.Single().State.ShouldBe(MatchState.UnderReview);
        var after = (await web.GetMatchAsync("M-1", "reader")).ShouldNotBeNull();
        after.Match.State.ShouldBe(MatchState.UnderReview);
        after.Version.ShouldBe(shown.Version + 1);
        (await web.ListMatchesAsync(new MatchQuery { State = MatchState.Potential }, "reader")).Items.ShouldBeEmpty();
        cache.Hits.ShouldBe(provider == DatabaseProvider.Sqlite ? 2 : 0);

        var entries = await RegistryStoreHarness.AuditAsync(database);
        entries.Count(e => e.Action == "read").ShouldBe(reads + 7, "every read is on record, the cached ones too");
        entries.Count(e => e.Action == "read" && e.EntityId == "M-1" && e.Actor == "reader").ShouldBe(3);
        (await AuditVerifier.VerifyAsync(database.Settings)).IsIntact.ShouldBeTrue();
    }

    [Theory, DatabaseData]
    public async Task A_change_to_a_side_of_the_match_shows_on_its_next_review(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeClock(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero));
        await RegistryStoreHarness.WithOneMatchAsync(database, clock);
        await using var batcher = new AuditBatcher(database.Settings, clock) { Cache = new ReadCache() };
        var web = (await RegistryStore.OpenAsync(database.Settings, new RegistryStoreOptions { Kinship = RegistryScenario.Kinship(), Clock = clock, ReadAudit = batcher })).Value;
        var photos = new PhotoStore(database.Settings, clock, new ImageLimits(), batcher);

        (await web.GetMatchAsync("M-1", "reader")).ShouldNotBeNull().Report.ShouldNotBeNull().PoliceCaseNumber.ShouldNotBe("川公刑 2026-9");
        (await photos.ListForMatchAsync("M-1", "R-1", "F-1", "reader")).Report.ShouldBeEmpty();
        (await photos.ListForMatchAsync("M-1", "R-1", "F-1", "reader")).Report.ShouldBeEmpty();

        // Another program's write, straight to the table: the version trigger still sees it.
        await using (var db = database.Context())
        {
            (await db.Database.ExecuteSqlRawAsync("UPDATE reports SET police_case_number = {0} WHERE code = 'R-1'", "川公刑 2026-9")).ShouldBe(1);
        }

        var added = await new PhotoStore(database.Settings, clock, new ImageLimits()).AddAsync(PhotoOwner.Report, "R-1", Photos.TestImages.PngClean(), null, "worker");
        added.IsSuccess.ShouldBeTrue();

        (await web.GetMatchAsync("M-1", "reader")).ShouldNotBeNull().Report.ShouldNotBeNull().PoliceCaseNumber.ShouldBe("川公刑 2026-9");
        (await photos.ListForMatchAsync("M-1", "R-1", "F-1", "reader")).Report.Select(p => p.Id).ShouldBe([added.Value.Id]);
        batcher.Cache!.Hits.ShouldBe(provider == DatabaseProvider.Sqlite ? 1 : 0);
    }
}
