using Homeward.Data.Registry;
using Homeward.Data.Tests.Infrastructure;
using Homeward.Kinship;
using Homeward.Registry.Tests;
using Homeward.Testing;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Data.Tests.Registry;

/// <summary>Opens registry stores on a test database with a fixed clock and counts what is stored.</summary>
internal static class RegistryStoreHarness
{
    public static async Task<RegistryStore> OpenAsync(TestDatabase database, FakeClock clock, KinshipSettings? kinship = null, bool search = true)
    {
        var opened = await RegistryStore.OpenAsync(database.Settings, new RegistryStoreOptions { Kinship = search ? kinship ?? RegistryScenario.Kinship() : null, Clock = clock });
        opened.IsSuccess.ShouldBeTrue();
        return opened.Value;
    }

    /// <summary>Family R-1 with its true child F-1 registered: one potential match, M-1.</summary>
    public static async Task<RegistryStore> WithOneMatchAsync(TestDatabase database, FakeClock clock, int seed = 1)
    {
        var store = await OpenAsync(database, clock);
        var scenario = new RegistryScenario(seed);
        var family = scenario.NewFamily("R-1");
        await RegistryScenario.AddFamilyAsync(store, family);
        var outcome = await RegistryScenario.AddChildAsync(store, scenario.NewChild("F-1", family.ChildGenotypes));
        outcome.NewMatches.ShouldBe(["M-1"]);
        return store;
    }

    public static async Task<int> CountAsync<T>(TestDatabase database, Func<HomewardDbContext, IQueryable<T>> rows)
    {
        await using var db = database.Context();
        return await rows(db).CountAsync();
    }

    public static async Task<List<Entities.AuditEntryEntity>> AuditAsync(TestDatabase database)
    {
        await using var db = database.Context();
        return await db.AuditEntries.OrderBy(e => e.Sequence).ToListAsync();
    }
}
