using Homeward.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Homeward.Data.Tests.Infrastructure.Imports;

namespace Homeward.Data.Tests;

/// <summary>A first load on SQLite drops the profile tables' indexes while it writes and must leave them as they were.</summary>
public sealed class SqliteFirstLoadTests
{
    [Fact]
    public async Task A_first_load_leaves_every_index_as_the_migrations_made_it()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var before = await IndexesAsync(database);

        var summary = await RunAsync(database, Lines(Mother, Father, Child));

        summary.Errors.ShouldBeEmpty();
        before.ShouldContain(i => i.Contains("ix_samples_code", StringComparison.Ordinal));
        (await IndexesAsync(database)).ShouldBe(before);
        await using var db = database.Context();
        (await db.Samples.Where(s => s.Code == "S-2").Select(s => s.Donor!.Report!.Code).SingleAsync()).ShouldBe("R-1", "the index on the sample code is used again");
        (await db.Samples.Select(s => s.CreatedAt).Distinct().CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task A_failed_first_load_leaves_the_indexes_and_no_rows()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var before = await IndexesAsync(database);

        var summary = await RunAsync(database, Lines(Mother, Father, Child, Mother));

        summary.Succeeded.ShouldBeFalse();
        (await IndexesAsync(database)).ShouldBe(before);
        await using var db = database.Context();
        (await db.Samples.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task The_unique_sample_code_still_holds_after_a_first_load()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await RunAsync(database, Lines(Mother, Child));
        await using var db = database.Context();

        var copy = await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO samples (id, code, found_child_id, loci, marker_count, content_hash, created_at, updated_at) " +
            "SELECT 'X', code, found_child_id, loci, marker_count, content_hash, created_at, updated_at FROM samples WHERE code = 'Q-1'")
            .ContinueWith(t => t.Exception?.InnerException?.Message, TaskScheduler.Default);

        copy.ShouldNotBeNull();
        copy.ShouldContain("UNIQUE");
    }

    private static async Task<List<string>> IndexesAsync(TestDatabase database)
    {
        await using var db = database.Context();
        return await db.Database
            .SqlQueryRaw<string>("SELECT name || ': ' || sql AS Value FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
            .ToListAsync();
    }
}
