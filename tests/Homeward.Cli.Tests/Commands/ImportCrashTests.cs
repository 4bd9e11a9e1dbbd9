using System.Diagnostics;
using Homeward.Data.Benchmarking;
using Microsoft.Data.Sqlite;

namespace Homeward.Cli.Tests.Commands;

/// <summary>
/// A crash loses nothing committed and keeps nothing half-written. <c>homeward db import</c> runs as
/// a process of its own and is killed while a first load writes its pages into the database file
/// (it commits through a rollback journal: docs/data.md); the file must then be as it was before the
/// import, and the next import must work and leave it in WAL mode.
/// </summary>
public sealed class ImportCrashTests
{
    [Fact]
    public async Task A_first_load_killed_while_it_writes_the_database_file_leaves_the_file_as_it_was()
    {
        using var folder = new TempFolder();
        var profiles = Path.Combine(folder.Path, "profiles.jsonl");
        await using (var file = File.Create(profiles))
        {
            await new GeneratedProfiles(150_000, seed: 11).CopyToAsync(file);
        }

        string database = "";
        long before = 0;
        var killed = false;
        for (var attempt = 1; attempt <= 3 && !killed; attempt++)
        {
            database = Path.Combine(folder.Path, $"registry-{attempt}.db");
            Cli.Run("db", "init", "--database", database).ExitCode.ShouldBe(0);
            before = new FileInfo(database).Length;
            killed = await ImportAndKillWhileWritingAsync(profiles, database, before);
        }

        killed.ShouldBeTrue("in three attempts the import never got killed while it wrote the file");
        File.Exists(database + "-journal").ShouldBeTrue("the kill leaves a hot journal behind");

        await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString()))
        {
            await connection.OpenAsync();
            (await ScalarAsync(connection, "PRAGMA integrity_check")).ShouldBe("ok");
            (await ScalarAsync(connection, "SELECT (SELECT count(*) FROM samples) + (SELECT count(*) FROM reports) + (SELECT count(*) FROM donors) + (SELECT count(*) FROM found_children)")).ShouldBe(0L);
            (await ScalarAsync(connection, "SELECT count(*) FROM sqlite_master WHERE name IN ('ix_samples_code', 'ix_reports_code', 'ix_found_children_code')")).ShouldBe(3L, "the dropped indexes are back");
        }

        File.Exists(database + "-journal").ShouldBeFalse("the first connection rolled the journal back");
        new FileInfo(database).Length.ShouldBe(before, "the file is cut back to its size before the import");

        var next = Cli.Run("db", "import", folder.Write("next.jsonl", DbCommandTests.Profiles), "--database", database);
        next.ExitCode.ShouldBe(0, next.ToString());
        next.Stdout.ShouldContain("2 created");
        await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Pooling = false }.ToString()))
        {
            await connection.OpenAsync();
            await ScalarAsync(connection, "SELECT count(*) FROM samples");
            (await ScalarAsync(connection, "PRAGMA journal_mode")).ShouldBe("wal");
        }
    }

    /// <summary>
    /// Starts the import in a process of its own and kills it once the database file grows beyond
    /// its size before the import with a journal beside it (the commit is writing pages); false when
    /// the import ended first.
    /// </summary>
    private static async Task<bool> ImportAndKillWhileWritingAsync(string profiles, string database, long before)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "homeward.dll"), "db", "import", profiles, "--database", database })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var deadline = Stopwatch.StartNew();
        while (!process.HasExited && deadline.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (new FileInfo(database).Length > before && File.Exists(database + "-journal"))
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                return true;
            }

            Thread.Sleep(1);
        }

        await process.WaitForExitAsync();
        (await error).ShouldBeEmpty();
        (await output).ShouldContain("150000 created");
        return false;
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
