using System.Xml.Linq;

namespace Homeward.Cli.Tests.Commands;

/// <summary><c>homeward demo</c>: the simulated registry matched end to end, with match reports written.</summary>
public sealed class RegistryDemoCommandTests
{
    [Fact]
    public void A_small_demo_stores_the_registry_matches_it_writes_the_reports_from_the_store_and_exits_0()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "reports");
        var database = Path.Combine(output, "registry.db");

        var run = Cli.Run("demo", "--reports", "120", "--seed", "4", "--out", output, "--top", "2", "--audience", "caseworker");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Stdout.ShouldContain("120 missing-child reports (seed 4)");
        run.Stdout.ShouldContain("Operation OP-2011-07");
        run.Stdout.ShouldContain("Families recovered:");
        run.Stdout.ShouldContain("False candidates:");
        run.Stdout.ShouldContain("✓");
        run.Stderr.ShouldContain("matching: 89/89 found children");
        run.Stdout.Split('\n').ShouldContain($"  homeward matches list --database {database}");
        run.Stdout.ShouldContain("  homeward matches report M-");
        File.Exists(database).ShouldBeTrue();
        var list = Cli.Run("matches", "list", "--top", "2", "--database", database);
        list.ExitCode.ShouldBe(0, list.ToString());
        var strongest = list.Stdout.Split('\n').Where(l => l.StartsWith("M-", StringComparison.Ordinal)).Select(l => l.Split(' ')[0]).ToArray();
        strongest.Length.ShouldBe(2);
        var files = Directory.GetFiles(output).Select(Path.GetFileName).Where(f => !f!.StartsWith("registry.db", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        files.ShouldBe(strongest.SelectMany(id => new[] { $"{id}.html", $"{id}.md" }).Order(StringComparer.Ordinal).ToArray());
        var markdown = File.ReadAllText(Path.Combine(output, $"{strongest[0]}.md"));
        markdown.ShouldContain("## DNA: likelihood ratio per marker");
        markdown.ShouldContain("Simulated data");
        var html = File.ReadAllText(Path.Combine(output, $"{strongest[0]}.html"));
        var svgStart = html.IndexOf("<svg", StringComparison.Ordinal);
        var svgEnd = html.IndexOf("</svg>", StringComparison.Ordinal) + "</svg>".Length;
        svgStart.ShouldBeGreaterThan(0);
        XDocument.Parse(html[svgStart..svgEnd]).Root!.Name.LocalName.ShouldBe("svg");
        Directory.GetFiles(output, "*.tmp*").ShouldBeEmpty();
        var exported = Cli.Run("matches", "report", strongest[0], "--format", "md", "--audience", "caseworker", "--database", database);
        exported.ExitCode.ShouldBe(0, exported.ToString());
        static string[] Content(string text) => [.. text.Split('\n').Where(l => l.Length > 0 && !l.Contains("Simulated data", StringComparison.Ordinal))];
        Content(exported.Stdout).ShouldBe(Content(markdown), "the demo's report and the export come from the same stored match");
    }

    [Fact]
    public void Run_twice_the_demo_replaces_its_database()
    {
        using var folder = new TempFolder();

        var database = Path.Combine(folder.Path, "registry.db");
        var first = Cli.Run("demo", "--reports", "80", "--seed", "2", "--out", folder.Path, "--top", "0");
        var afterFirst = Cli.Run("matches", "list", "--database", database);
        var second = Cli.Run("demo", "--reports", "80", "--seed", "2", "--out", folder.Path, "--top", "0");
        var afterSecond = Cli.Run("matches", "list", "--database", database);

        first.ExitCode.ShouldBe(0, first.ToString());
        second.ExitCode.ShouldBe(0, second.ToString());
        afterFirst.Stdout.ShouldContain(" match(es)");
        afterSecond.Stdout.ShouldBe(afterFirst.Stdout, "the second run replaced the database: the same matches, not twice as many");
        Directory.GetFiles(folder.Path, "registry.db.tmp-*").ShouldBeEmpty();
        Cli.Run("db", "verify-audit", "--database", Path.Combine(folder.Path, "registry.db")).ExitCode.ShouldBe(0);
    }

    [Fact]
    public void The_same_seed_prints_the_same_matches()
    {
        using var folder = new TempFolder();

        var a = Cli.Run("demo", "--reports", "80", "--seed", "9", "--out", folder.Path, "--top", "0");
        var b = Cli.Run("demo", "--reports", "80", "--seed", "9", "--out", folder.Path, "--top", "0");

        a.ExitCode.ShouldBe(0, a.ToString());
        static string WithoutTimes(string s) => string.Join('\n', s.Split('\n').Where(l => !l.StartsWith("Time:", StringComparison.Ordinal)));
        WithoutTimes(a.Stdout).ShouldBe(WithoutTimes(b.Stdout));
    }

    [Fact]
    public void A_database_folder_that_cannot_be_created_exits_2_and_leaves_nothing()
    {
        using var folder = new TempFolder();
        var blocker = Path.Combine(folder.Path, "a-file");
        File.WriteAllText(blocker, "not a folder");

        var run = Cli.Run("demo", "--reports", "60", "--top", "0", "--database", Path.Combine(blocker, "registry.db"));

        run.ExitCode.ShouldBe(2, run.ToString());
        run.StderrLines[0].ShouldContain("cannot create the demo database's folder");
        Directory.GetFiles(folder.Path).ShouldBe([blocker]);
    }

    [Theory]
    [InlineData("--reports", "10", "--reports:")]
    [InlineData("--top", "-1", "--top:")]
    [InlineData("--audience", "journalist", "--audience: 'journalist' is not an audience")]
    [InlineData("--reports", "many", "command line:")]
    public void A_bad_option_exits_2_naming_it(string option, string value, string expected)
    {
        var run = Cli.Run("demo", option, value);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Stderr.ShouldContain(expected);
        run.Stdout.ShouldBeEmpty();
    }
}
