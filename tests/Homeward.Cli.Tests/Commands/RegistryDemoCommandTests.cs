using System.Xml.Linq;

namespace Homeward.Cli.Tests.Commands;

/// <summary><c>homeward demo</c>: the simulated registry matched end to end, with match reports written.</summary>
public sealed class RegistryDemoCommandTests
{
    [Fact]
    public void A_small_demo_matches_the_operation_writes_the_reports_and_exits_0()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "reports");

        var run = Cli.Run("demo", "--reports", "120", "--seed", "4", "--out", output, "--top", "2", "--audience", "caseworker");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Stdout.ShouldContain("120 missing-child reports (seed 4)");
        run.Stdout.ShouldContain("Operation OP-2011-07");
        run.Stdout.ShouldContain("Families recovered:");
        run.Stdout.ShouldContain("False candidates:");
        run.Stdout.ShouldContain("✓");
        run.Stderr.ShouldContain("matching: 89/89 found children");
        var files = Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();
        files.ShouldBe(["M-0001.html", "M-0001.md", "M-0002.html", "M-0002.md"]);
        var markdown = File.ReadAllText(Path.Combine(output, "M-0001.md"));
        markdown.ShouldContain("## DNA: likelihood ratio per marker");
        markdown.ShouldContain("Simulated data");
        var html = File.ReadAllText(Path.Combine(output, "M-0001.html"));
        var svgStart = html.IndexOf("<svg", StringComparison.Ordinal);
        var svgEnd = html.IndexOf("</svg>", StringComparison.Ordinal) + "</svg>".Length;
        svgStart.ShouldBeGreaterThan(0);
        XDocument.Parse(html[svgStart..svgEnd]).Root!.Name.LocalName.ShouldBe("svg");
        Directory.GetFiles(output, ".*.tmp").ShouldBeEmpty();
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
