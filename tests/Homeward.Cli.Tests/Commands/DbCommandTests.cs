using Microsoft.Data.Sqlite;

namespace Homeward.Cli.Tests.Commands;

/// <summary>
/// <c>homeward db</c> on a SQLite file: init, import (all or nothing, idempotent), export that
/// round-trips, verify-audit that notices tampering; usage errors exit 2. The same commands on
/// PostgreSQL are the library's provider tests (tests/Homeward.Data.Tests).
/// </summary>
public sealed class DbCommandTests
{
    /// <summary>A relative's profile and a found child's, as a JSON Lines file holds them.</summary>
    internal const string Profiles = """
        {"id": "S-1", "report": "R-1", "role": "mother", "sex": "F", "loci": {"D3S1358": ["16", "15"], "vWA": ["17", "17"]}}
        {"id": "Q-1", "sex": "M", "loci": {"D3S1358": ["15", "14"], "vWA": ["17", "18"]}}

        """;

    [Fact]
    public void Init_import_export_and_verify_on_a_sqlite_file()
    {
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "case.db");
        var profiles = folder.Write("profiles.jsonl", Profiles);
        var exported = Path.Combine(folder.Path, "export.jsonl");

        Cli.Run("db", "init", "--database", database).ExitCode.ShouldBe(0);
        var first = Cli.Run("db", "import", profiles, "--database", database, "--actor", "lab-1");
        var second = Cli.Run("db", "import", profiles, "--database", database);
        var export = Cli.Run("db", "export", "--out", exported, "--database", database);
        var again = Cli.Run("db", "import", exported, "--database", database);
        var verify = Cli.Run("db", "verify-audit", "--database", database);

        first.ExitCode.ShouldBe(0, first.ToString());
        first.Stdout.ShouldContain("2 created, 0 updated, 0 unchanged");
        second.Stdout.ShouldContain("0 created, 0 updated, 2 unchanged");
        export.ExitCode.ShouldBe(0, export.ToString());
        File.ReadAllLines(exported).ShouldBe([
            """{"id":"Q-1","sex":"M","loci":{"D3S1358":["14","15"],"vWA":["17","18"]}}""",
            """{"id":"S-1","report":"R-1","role":"mother","sex":"F","loci":{"D3S1358":["15","16"],"vWA":["17","17"]}}""",
        ]);
        again.Stdout.ShouldContain("0 created, 0 updated, 2 unchanged");
        verify.ExitCode.ShouldBe(0, verify.ToString());
        verify.Stdout.ShouldStartWith("audit chain intact: 4 entries, head ");
    }

    [Fact]
    public void A_bad_file_imports_nothing_and_names_every_bad_line()
    {
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "case.db");
        var good = folder.Write("good.jsonl", Profiles);
        var bad = folder.Write("bad.csv", "sample,marker,allele1,allele2\nQ-5,D3S1358,15,16\nQ-5,D3S1358,15,17\n,vWA,1,2\n");
        Cli.Run("db", "init", "--database", database).ExitCode.ShouldBe(0);

        var run = Cli.Run("db", "import", good, bad, "--database", database);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.StderrLines.ShouldBe([
            $"{bad}:3: marker 'D3S1358' is given twice (also as 'D3S1358')",
            $"{bad}:4: sample: the sample is empty",
            "nothing was imported: 2 problem(s)",
        ]);
        Cli.Run("db", "verify-audit", "--database", database).Stdout.ShouldContain("0 entries");
    }

    [Fact]
    public void Verify_audit_exits_1_and_names_the_first_broken_entry()
    {
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "case.db");
        var profiles = folder.Write("profiles.jsonl", Profiles);
        Cli.Run("db", "init", "--database", database);
        Cli.Run("db", "import", profiles, "--database", database);
        Cli.Run("db", "import", profiles, "--database", database);
        using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE audit_entries SET details = '{}' WHERE sequence = 1";
            command.ExecuteNonQuery();
        }

        var run = Cli.Run("db", "verify-audit", "--database", database);

        run.ExitCode.ShouldBe(1);
        run.StderrLines[0].ShouldBe("audit chain broken at entry 1: its content does not give its hash: the entry was altered");
    }

    [Fact]
    public void Usage_errors_exit_2_naming_the_option()
    {
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "case.db");
        var profiles = folder.Write("profiles.dat", Profiles);

        var missing = Cli.Run("db", "import", profiles, "--database", database);
        var format = Cli.Run("db", "import", profiles, "--format", "xlsx", "--database", database);
        var both = Cli.Run("db", "init", "--database", database, "--connection", "Host=x");
        var postgres = Cli.Run("db", "init", "--provider", "postgres");
        var provider = Cli.Run("db", "init", "--provider", "oracle");
        var noFile = Cli.Run("db", "import", Path.Combine(folder.Path, "none.jsonl"), "--database", database);

        missing.ExitCode.ShouldBe(2);
        missing.Stderr.ShouldContain("cannot tell the format");
        format.StderrLines.ShouldBe(["command line: --format: 'xlsx' is not a format; expected jsonl, csv or cmf"]);
        both.StderrLines.ShouldBe(["command line: --database: give either --database (SQLite) or --connection, not both"]);
        postgres.ExitCode.ShouldBe(2);
        postgres.Stderr.ShouldContain("--connection");
        provider.Stderr.ShouldContain("'oracle' is not a provider");
        noFile.Stderr.ShouldContain("no such file");
        var notInitialised = Cli.Run("db", "import", folder.Write("p.jsonl", Profiles), "--database", database);
        notInitialised.ExitCode.ShouldBe(2);
        notInitialised.Stderr.ShouldContain("homeward db init");
    }

    [Fact]
    public void An_unreachable_server_exits_1()
    {
        var run = Cli.Run("db", "init", "--connection", "Host=127.0.0.1;Port=1;Database=none;Timeout=2");

        run.ExitCode.ShouldBe(1, run.ToString());
        run.Stderr.ShouldStartWith("PostgreSQL 127.0.0.1:1/none: ");
    }
}
