using System.Globalization;
using Homeward.Data.Benchmarking;
using Homeward.Data.Tests.Infrastructure;
using Homeward.Data.Imports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using static Homeward.Data.Tests.Infrastructure.Imports;

namespace Homeward.Data.Tests;

/// <summary>
/// A first load drops the profile tables' indexes (and, on PostgreSQL, their foreign keys) while it
/// writes and must leave them as they were, whether it commits or not.
/// </summary>
public sealed class FirstLoadTests
{
    [Theory, DatabaseData]
    public async Task A_first_load_leaves_every_index_and_foreign_key_as_the_migrations_made_them(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var before = await SchemaAsync(database);

        var summary = await RunAsync(database, Lines(Mother, Father, Child));

        summary.Errors.ShouldBeEmpty();
        before.ShouldContain(i => i.Contains("ix_samples_code", StringComparison.Ordinal));
        if (provider == DatabaseProvider.Postgres)
        {
            before.ShouldContain(i => i.Contains("fk_samples_donor_id", StringComparison.Ordinal));
        }

        (await SchemaAsync(database)).ShouldBe(before);
        await using var db = database.Context();
        (await db.Samples.Where(s => s.Code == "S-2").Select(s => s.Donor!.Report!.Code).SingleAsync()).ShouldBe("R-1", "the index on the sample code is used again");
        (await db.Samples.Select(s => s.CreatedAt).Distinct().CountAsync()).ShouldBe(1);
    }

    [Theory, DatabaseData]
    public async Task A_failed_first_load_leaves_the_indexes_and_no_rows(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var before = await SchemaAsync(database);

        var summary = await RunAsync(database, Lines(Mother, Father, Child, Mother));

        summary.Succeeded.ShouldBeFalse();
        (await SchemaAsync(database)).ShouldBe(before);
        await using var db = database.Context();
        (await db.Samples.CountAsync()).ShouldBe(0);
    }

    [Theory, DatabaseData]
    public async Task The_unique_sample_code_still_holds_after_a_first_load(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await RunAsync(database, Lines(Mother, Child));
        await using var db = database.Context();
        var copy = await db.Database.ExecuteSqlRawAsync(provider == DatabaseProvider.Postgres
                ? "INSERT INTO samples (id, code, found_child_id, loci, marker_count, content_hash, created_at, updated_at) " +
                  "SELECT gen_random_uuid(), code, found_child_id, loci, marker_count, content_hash, created_at, updated_at FROM samples WHERE code = 'Q-1'"
                : "INSERT INTO samples (id, code, found_child_id, loci, marker_count, content_hash, created_at, updated_at) " +
                  "SELECT 'X', code, found_child_id, loci, marker_count, content_hash, created_at, updated_at FROM samples WHERE code = 'Q-1'")
            .ContinueWith(t => t.Exception?.InnerException?.Message, TaskScheduler.Default);

        copy.ShouldNotBeNull();
        copy.ShouldContain(provider == DatabaseProvider.Postgres ? "ix_samples_code" : "UNIQUE");
    }

    [Fact]
    public async Task The_foreign_keys_still_hold_and_the_tables_are_analysed_after_a_first_load_on_postgresql()
    {
        if (!DatabaseDataAttribute.Providers.Contains(DatabaseProvider.Postgres))
        {
            return; // HOMEWARD_TEST_PROVIDERS leaves PostgreSQL out on this machine
        }

        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await RunAsync(database, Lines(Mother, Child));
        await using var db = database.Context();

        var orphan = await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO samples (id, code, donor_id, loci, marker_count, content_hash, created_at, updated_at) " +
            "SELECT gen_random_uuid(), 'S-orphan', gen_random_uuid(), loci, marker_count, content_hash, created_at, updated_at FROM samples WHERE code = 'Q-1'")
            .ContinueWith(t => t.Exception?.InnerException?.Message, TaskScheduler.Default);

        orphan.ShouldNotBeNull();
        orphan.ShouldContain("fk_samples_donor_id");
        (await db.Database.SqlQueryRaw<string>("SELECT DISTINCT tablename AS \"Value\" FROM pg_stats WHERE tablename IN ('reports', 'donors', 'found_children', 'samples') ORDER BY 1").ToListAsync())
            .ShouldBe(["donors", "found_children", "reports", "samples"], "the loaded tables are analysed before the commit");
    }

    [Fact]
    public async Task On_postgresql_a_table_filled_between_the_look_and_the_lock_leaves_every_index_in_place()
    {
        if (!DatabaseDataAttribute.Providers.Contains(DatabaseProvider.Postgres))
        {
            return; // HOMEWARD_TEST_PROVIDERS leaves PostgreSQL out on this machine
        }

        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var before = await SchemaAsync(database);
        await RunAsync(database, Lines(Child)); // what another import committed after this one looked

        await using var db = database.Context();
        await db.Database.OpenConnectionAsync();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            var deferred = await PostgresDeferredIndexes.DropAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), CancellationToken.None);

            deferred.ShouldBeNull("the tables are not empty under the lock: not a first load after all");
            await transaction.CommitAsync();
        }

        (await SchemaAsync(database)).ShouldBe(before);
    }

    [Theory, DatabaseData]
    public async Task A_second_load_keeps_the_indexes_in_place_and_still_finds_what_the_first_wrote(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await RunAsync(database, Lines(Mother, Child));
        var before = await SchemaAsync(database);

        var summary = await RunAsync(database, Lines(Mother, Father, Child));

        summary.Errors.ShouldBeEmpty();
        (summary.Created, summary.Unchanged).ShouldBe((1, 2));
        (await SchemaAsync(database)).ShouldBe(before);
    }

    [Theory, DatabaseData]
    public async Task New_rows_take_keys_that_increase_in_the_order_they_are_written_and_across_imports(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        string generated;
        using (var reader = new StreamReader(new GeneratedProfiles(40, seed: 5)))
        {
            generated = await reader.ReadToEndAsync();
        }

        await RunAsync(database, generated);
        await RunAsync(database, Lines(Mother));

        await using var db = database.Context();
        var samples = await db.Samples.Select(s => new { s.Code, s.Id, s.DonorId, s.FoundChildId }).ToListAsync();
        var written = samples.Where(s => s.Code != "S-1").OrderBy(s => int.Parse(s.Code[2..], CultureInfo.InvariantCulture)).Append(samples.Single(s => s.Code == "S-1")).ToList();
        written.Count.ShouldBe(41);
        var keys = written.Select(s => s.Id).ToList();
        keys.Select(BigEndian).ShouldBe(keys.Select(BigEndian).Order(StringComparer.Ordinal), "uuid order, file order, then the later import");
        keys.ShouldAllBe(k => k.Version == 7);
        var subjects = written.Select(s => s.DonorId ?? s.FoundChildId!.Value).ToList();
        subjects.Select(BigEndian).ShouldBe(subjects.Select(BigEndian).Order(StringComparer.Ordinal), "each subject is created with its sample");
    }

    private static string BigEndian(Guid id) => Convert.ToHexString(id.ToByteArray(bigEndian: true));

    /// <summary>Every index (name and definition) and, on PostgreSQL, every constraint of the database, in order.</summary>
    private static async Task<List<string>> SchemaAsync(TestDatabase database)
    {
        await using var db = database.Context();
        return database.Provider == DatabaseProvider.Postgres
            ? await db.Database.SqlQueryRaw<string>(
                "SELECT indexname || ': ' || indexdef AS \"Value\" FROM pg_indexes WHERE schemaname = current_schema() " +
                "UNION ALL SELECT conrelid::regclass::text || '.' || conname || ': ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = current_schema()::regnamespace " +
                "ORDER BY 1").ToListAsync()
            : await db.Database.SqlQueryRaw<string>(
                "SELECT name || ': ' || sql AS Value FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name").ToListAsync();
    }
}
