using Homeward.Data.Tests.Infrastructure;
using Homeward.Data.Tests.Registry;
using Homeward.Registry.Tests;
using Microsoft.Data.Sqlite;
using static Homeward.Data.Tests.Infrastructure.Imports;

namespace Homeward.Data.Tests.Reading;

/// <summary>SQLite's registry version: every change of every registry table bumps it, in the change's own transaction.</summary>
public sealed class RegistryVersionTests
{
    /// <summary>Tables that no cached view reads: the audit chain itself, intelligence, accounts, frequency tables, EF's own.</summary>
    private static readonly string[] Unwatched =
    [
        "audit_entries", "intel_posts", "intel_mentions", "intel_indicators", "intel_labels", "api_keys", "frequency_tables",
        "users", "roles", "user_roles", "user_claims", "user_logins", "user_tokens", "role_claims",
        "__EFMigrationsHistory", "__EFMigrationsLock", "sqlite_sequence", "registry_version",
    ];

    [Fact]
    public async Task Every_registry_table_has_a_trigger_for_insert_update_and_delete()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var connection = Open(database);

        var tables = Strings(connection, "SELECT name FROM sqlite_master WHERE type = 'table'").Except(Unwatched).ToList();
        tables.ShouldContain("matches");
        tables.ShouldContain("photos");
        foreach (var table in tables)
        {
            var events = Strings(connection, $"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = '{table}'")
                .Select(sql => sql.Contains("AFTER INSERT", StringComparison.Ordinal) ? "insert" : sql.Contains("AFTER UPDATE", StringComparison.Ordinal) ? "update" : sql.Contains("AFTER DELETE", StringComparison.Ordinal) ? "delete" : sql)
                .Order(StringComparer.Ordinal).ToList();
            events.ShouldBe(["delete", "insert", "update"], $"table {table}: a new registry table needs the version triggers (or belongs in the unwatched list)");
        }
    }

    [Fact]
    public async Task A_change_bumps_the_version_when_it_commits_and_a_rollback_leaves_it()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var clock = new FakeClock(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero));
        await RegistryStoreHarness.WithOneMatchAsync(database, clock);
        await using var connection = Open(database);
        var start = Version(connection);
        start.ShouldBeGreaterThan(0); // the report, its relatives, the found child, their samples and the match were inserted

        using (var rollback = connection.BeginTransaction())
        {
            Execute(connection, rollback, "UPDATE matches SET flagged_for_review = 1");
            Version(connection, rollback).ShouldBe(start + 1);
            rollback.Rollback();
        }

        Version(connection).ShouldBe(start);
        Execute(connection, null, "UPDATE reports SET police_case_number = 'X-1'");
        var afterUpdate = Version(connection);
        afterUpdate.ShouldBeGreaterThan(start);
        Execute(connection, null, "DELETE FROM match_transitions");
        Version(connection).ShouldBeGreaterThan(afterUpdate);
    }

    [Fact]
    public async Task A_first_load_without_the_triggers_puts_them_back_and_bumps_the_version_once()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        List<string> triggers;
        await using (var connection = Open(database))
        {
            triggers = Strings(connection, "SELECT sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name");
        }

        var summary = await RunAsync(database, Lines(Mother, Father, Child));

        summary.Errors.ShouldBeEmpty();
        await using (var connection = Open(database))
        {
            Strings(connection, "SELECT sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name").ShouldBe(triggers);
            Version(connection).ShouldBe(1, "one bump for the load, none per row");
            Execute(connection, null, "UPDATE samples SET lab = 'L'");
            Version(connection).ShouldBe(4, "the triggers fire again: one bump per sample changed");
        }
    }

    private static SqliteConnection Open(TestDatabase database)
    {
        var connection = new SqliteConnection(database.Settings.ConnectionString);
        connection.Open();
        return connection;
    }

    private static long Version(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT version FROM registry_version";
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static List<string> Strings(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
