using Homeward.Data.Imports;
using Homeward.Data.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using static Homeward.Data.Tests.Infrastructure.Imports;

namespace Homeward.Data.Tests.Imports;

/// <summary>
/// On SQLite a first load commits through a rollback journal when its connection is alone on the file,
/// and every import leaves the file in WAL mode. The journal mode in force while the import runs is
/// read by another connection at the moment the importer opens its input (its transaction has begun).
/// </summary>
public sealed class FirstLoadJournalTests
{
    [Fact]
    public async Task A_first_load_alone_on_the_file_goes_through_a_rollback_journal_and_leaves_wal_mode_behind()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        (await JournalModeAsync(database)).ShouldBe("wal");

        var (summary, during) = await ImportProbingAsync(database, Lines(Mother, Father, Child));

        summary.Errors.ShouldBeEmpty();
        during.ShouldBe("delete");
        (await JournalModeAsync(database)).ShouldBe("wal");
        await using var db = database.Context();
        (await db.Samples.CountAsync()).ShouldBe(3);
    }

    [Fact]
    public async Task A_first_load_beside_another_open_connection_goes_through_the_wal()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var reader = new SqliteConnection(database.Settings.ConnectionString);
        await reader.OpenAsync();
        await using (var look = reader.CreateCommand())
        {
            look.CommandText = "SELECT count(*) FROM samples";
            (await look.ExecuteScalarAsync()).ShouldBe(0L);
        }

        var (summary, during) = await ImportProbingAsync(database, Lines(Mother, Child));

        summary.Errors.ShouldBeEmpty();
        during.ShouldBe("wal");
        (await JournalModeAsync(database)).ShouldBe("wal");
    }

    [Fact]
    public async Task A_failed_first_load_keeps_nothing_and_leaves_wal_mode_behind()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var (summary, during) = await ImportProbingAsync(database, Lines(Mother, Father, Child, Mother));

        summary.Succeeded.ShouldBeFalse();
        during.ShouldBe("delete");
        (await JournalModeAsync(database)).ShouldBe("wal");
        await using var db = database.Context();
        (await db.Samples.CountAsync()).ShouldBe(0);
        (await db.Reports.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_later_load_goes_through_the_wal()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await RunAsync(database, Lines(Mother));

        var (summary, during) = await ImportProbingAsync(database, Lines(Father, Child));

        summary.Errors.ShouldBeEmpty();
        during.ShouldBe("wal");
        (await JournalModeAsync(database)).ShouldBe("wal");
    }

    [Fact]
    public async Task An_import_puts_back_the_wal_mode_a_crashed_first_load_left_out()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await RunAsync(database, Lines(Mother));
        await using (var connection = new SqliteConnection(database.Settings.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode = DELETE";
            (await command.ExecuteScalarAsync()).ShouldBe("delete");
        }

        var (summary, during) = await ImportProbingAsync(database, Lines(Father));

        summary.Errors.ShouldBeEmpty();
        during.ShouldBe("wal");
    }

    /// <summary>Imports the lines; when the importer opens them, another connection reads the journal mode.</summary>
    private static async Task<(ImportSummary Summary, string? During)> ImportProbingAsync(TestDatabase database, string content)
    {
        string? during = null;
        var source = new ImportSource("profiles.jsonl", ImportFormat.JsonLines, () =>
        {
            during = JournalModeAsync(database).GetAwaiter().GetResult();
            return new StringReader(content);
        });
        var summary = await new ProfileImporter(database.Settings, TimeProvider.System).ImportAsync([source], "tester");
        return (summary, during);
    }

    /// <summary>The journal mode of the file as a new connection finds it (after reading from it: a WAL file says so only then).</summary>
    private static async Task<string?> JournalModeAsync(TestDatabase database)
    {
        await using var connection = new SqliteConnection(database.Settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master";
        await command.ExecuteScalarAsync();
        command.CommandText = "PRAGMA journal_mode";
        return (string?)await command.ExecuteScalarAsync();
    }
}
