using Microsoft.Data.Sqlite;

namespace Homeward.Cli.Tests.Commands;

/// <summary><c>homeward db audit-anchor</c> and <c>verify-audit --anchors</c>: truncation and bad anchor files.</summary>
public sealed class DbAuditAnchorTests
{
    private const string Profiles = """
        {"id": "S-1", "report": "R-1", "role": "mother", "sex": "F", "loci": {"D3S1358": ["16", "15"], "vWA": ["17", "17"]}}

        """;

    [Fact]
    public void A_chain_cut_short_after_an_anchor_fails_verification()
    {
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "case.db");
        var anchors = Path.Combine(folder.Path, "anchors.jsonl");
        var profiles = folder.Write("profiles.jsonl", Profiles);
        var changed = folder.Write("changed.jsonl", Profiles.Replace("\"17\", \"17\"", "\"17\", \"18\"", StringComparison.Ordinal));
        Cli.Run("db", "init", "--database", database);
        Cli.Run("db", "import", profiles, "--database", database);
        Cli.Run("db", "import", changed, "--database", database);

        var anchor = Cli.Run("db", "audit-anchor", "--database", database, "--append", anchors);
        var before = Cli.Run("db", "verify-audit", "--database", database, "--anchors", anchors);
        Execute(database, "DELETE FROM audit_entries WHERE sequence = (SELECT MAX(sequence) FROM audit_entries)");
        var plain = Cli.Run("db", "verify-audit", "--database", database);
        var anchored = Cli.Run("db", "verify-audit", "--database", database, "--anchors", anchors);

        anchor.ExitCode.ShouldBe(0, anchor.ToString());
        File.ReadAllLines(anchors).ShouldHaveSingleItem().ShouldStartWith("{\"sequence\":3,\"hash\":\"");
        before.ExitCode.ShouldBe(0, before.ToString());
        before.Stdout.ShouldContain("1 anchor(s) hold");
        plain.ExitCode.ShouldBe(0, "the remaining links hold: only the anchor can see the cut");
        anchored.ExitCode.ShouldBe(1, anchored.ToString());
        anchored.StderrLines[0].ShouldContain("entries were removed from the end");
    }

    [Fact]
    public void A_rewritten_tail_differs_from_its_anchor()
    {
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "case.db");
        var anchors = Path.Combine(folder.Path, "anchors.jsonl");
        var profiles = folder.Write("profiles.jsonl", Profiles);
        Cli.Run("db", "init", "--database", database);
        Cli.Run("db", "import", profiles, "--database", database);
        Cli.Run("db", "audit-anchor", "--database", database, "--append", anchors).ExitCode.ShouldBe(0);

        // A forger who rewrites the only entry and recomputes its hash keeps every link intact.
        var anchor = File.ReadAllText(anchors);
        File.WriteAllText(anchors, anchor.Replace("\"hash\":\"", "\"hash\":\"0", StringComparison.Ordinal).Remove(anchor.IndexOf("\"hash\":\"", StringComparison.Ordinal) + 72, 1));
        var run = Cli.Run("db", "verify-audit", "--database", database, "--anchors", anchors);

        run.ExitCode.ShouldBe(1, run.ToString());
        run.StderrLines[0].ShouldContain("differs from the anchor");
    }

    [Fact]
    public void A_bad_anchors_file_names_its_line_and_field()
    {
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "case.db");
        var anchors = folder.Write("anchors.jsonl", "\n{\"sequence\":0,\"hash\":\"ab\",\"at\":\"2026-11-23T00:00:00Z\"}\nnot json\n");
        Cli.Run("db", "init", "--database", database);

        var run = Cli.Run("db", "verify-audit", "--database", database, "--anchors", anchors);
        var missing = Cli.Run("db", "verify-audit", "--database", database, "--anchors", Path.Combine(folder.Path, "none.jsonl"));

        run.ExitCode.ShouldBe(2, run.ToString());
        run.StderrLines[0].ShouldBe($"{anchors}:2: sequence: must be a whole number ≥ 1");
        run.StderrLines[1].ShouldStartWith($"{anchors}:3: anchor: is not JSON");
        missing.ExitCode.ShouldBe(2);
        missing.Stderr.ShouldContain("no such anchors file");
    }

    private static void Execute(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
