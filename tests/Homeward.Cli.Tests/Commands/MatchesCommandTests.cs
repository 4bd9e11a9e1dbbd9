using Homeward.Data;
using Homeward.Data.Registry;
using Homeward.Registry.Tests;
using Homeward.Testing;
using Microsoft.Data.Sqlite;

namespace Homeward.Cli.Tests.Commands;

/// <summary><c>homeward matches list|show|act|rescore|report</c> and <c>homeward db retention</c> on a SQLite registry seeded through the store.</summary>
public sealed class MatchesCommandTests
{
    [Fact]
    public void List_shows_the_match_by_posterior_and_filters_by_state()
    {
        using var folder = new TempFolder();
        var database = Seed(folder);

        var all = Cli.Run("matches", "list", "--database", database);
        var reviewing = Cli.Run("matches", "list", "--state", "under-review", "--database", database);
        var wrong = Cli.Run("matches", "list", "--state", "maybe", "--database", database);

        all.ExitCode.ShouldBe(0, all.ToString());
        all.Stdout.ShouldContain("M-1");
        all.Stdout.ShouldContain("R-1");
        all.Stdout.ShouldContain("potential");
        all.Stdout.ShouldContain("1 of 1 match(es)");
        reviewing.ExitCode.ShouldBe(0);
        reviewing.Stdout.ShouldContain("0 of 0 match(es) in state under-review");
        wrong.ExitCode.ShouldBe(2);
        wrong.StderrLines[0].ShouldStartWith("command line: --state: 'maybe' is not a state");
    }

    [Fact]
    public void Show_prints_both_sides_the_per_marker_lrs_and_the_history()
    {
        using var folder = new TempFolder();
        var database = Seed(folder);

        var shown = Cli.Run("matches", "show", "M-1", "--database", database, "--actor", "analyst");
        var missing = Cli.Run("matches", "show", "M-9", "--database", database);

        shown.ExitCode.ShouldBe(0, shown.ToString());
        shown.Stdout.ShouldContain("Match M-1: report R-1 × found child F-1");
        shown.Stdout.ShouldContain("Report R-1: 李小龙 (li xiaolong)");
        shown.Stdout.ShouldContain("relative P-1-M: mother, sample S-1-M, consent domestic-identification");
        shown.Stdout.ShouldContain("D3S1358");
        shown.Stdout.ShouldContain("Sex: LR");
        shown.Stdout.ShouldContain("open: potential → potential by lab: continuous matching: DNA LR");
        missing.ExitCode.ShouldBe(2);
        missing.StderrLines[0].ShouldBe("match M-9: no such match");
    }

    [Fact]
    public void Act_takes_a_step_refuses_a_stale_version_and_an_illegal_step()
    {
        using var folder = new TempFolder();
        var database = Seed(folder);

        var review = Cli.Run("matches", "act", "M-1", "start-review", "--reason", "strong trio", "--actor", "anna", "--version", "1", "--database", database);
        var stale = Cli.Run("matches", "act", "M-1", "exclude", "--reason", "old view", "--actor", "ben", "--version", "1", "--database", database);
        var illegal = Cli.Run("matches", "act", "M-1", "reunite", "--reason", "too soon", "--actor", "anna", "--database", database);
        var anonymous = Cli.Run("matches", "act", "M-1", "confirm", "--reason", "who?", "--database", database);
        var unknown = Cli.Run("matches", "act", "M-1", "celebrate", "--reason", "why not", "--actor", "anna", "--database", database);

        review.ExitCode.ShouldBe(0, review.ToString());
        review.Stdout.Trim().ShouldBe("M-1: start-review potential → under-review (version 2)");
        stale.ExitCode.ShouldBe(2);
        stale.StderrLines[0].ShouldContain("match M-1.version: the match changed since version 1");
        illegal.ExitCode.ShouldBe(2);
        illegal.StderrLines[0].ShouldBe("match M-1.Reunite.state: cannot Reunite a match that is UnderReview");
        anonymous.ExitCode.ShouldBe(2);
        anonymous.StderrLines[0].ShouldBe("command line: --actor: who acts is required for a lifecycle step");
        unknown.ExitCode.ShouldBe(2);
        unknown.StderrLines[0].ShouldStartWith("command line: ACTION: 'celebrate' is not a step");
        Cli.Run("matches", "show", "M-1", "--database", database).Stdout.ShouldContain("start-review: potential → under-review by anna: strong trio");
    }

    [Fact]
    public void Rescore_recomputes_under_the_given_settings()
    {
        using var folder = new TempFolder();
        var database = Seed(folder);
        folder.CopyTable("nist1036-cauc.csv");
        var settings = folder.Write("settings.json", """{"frequencies": "nist1036-cauc.csv", "theta": 0}""");

        var run = Cli.Run("matches", "rescore", "--settings", settings, "--database", database);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Stdout.ShouldStartWith("re-scored 1 match(es)");
        Cli.Run("matches", "show", "M-1", "--database", database).Stdout.ShouldContain("frequencies nist1036-cauc.csv");
    }

    [Fact]
    public void Retention_dry_run_deletes_nothing_and_the_real_run_deletes_what_is_due()
    {
        using var folder = new TempFolder();
        var database = Seed(folder);
        foreach (var step in new[] { "start-review", "request-confirmatory-test", "confirm", "begin-verification" })
        {
            Cli.Run("matches", "act", "M-1", step, "--reason", "next", "--actor", "anna", "--database", database).ExitCode.ShouldBe(0);
        }

        foreach (var check in new[] { "caregiver-willing-and-able", "child-wishes", "stories-agree", "family-not-seller" })
        {
            Cli.Run("matches", "act", "M-1", "record-check", "--check", check, "--reason", "checked", "--actor", "anna", "--database", database).ExitCode.ShouldBe(0);
        }

        var reunite = Cli.Run("matches", "act", "M-1", "reunite", "--reason", "home", "--actor", "anna", "--province", "云南", "--database", database);
        reunite.ExitCode.ShouldBe(0, reunite.ToString());
        var later = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(120).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var dry = Cli.Run("db", "retention", "--dry-run", "--on", later, "--database", database);
        var again = Cli.Run("db", "retention", "--dry-run", "--on", later, "--database", database);
        var real = Cli.Run("db", "retention", "--on", later, "--database", database, "--actor", "retention-job");
        var badDay = Cli.Run("db", "retention", "--on", "tomorrow", "--database", database);

        dry.ExitCode.ShouldBe(0, dry.ToString());
        dry.Stdout.ShouldContain("would delete");
        dry.Stdout.ShouldContain("3 deletion(s) due, nothing deleted");
        again.Stdout.ShouldContain("3 deletion(s) due", customMessage: "the dry run deleted nothing");
        real.ExitCode.ShouldBe(0, real.ToString());
        real.Stdout.ShouldContain("3 deletion(s) carried out and audited");
        badDay.ExitCode.ShouldBe(2);
        badDay.StderrLines[0].ShouldBe("command line: --on: 'tomorrow' is not a day (yyyy-MM-dd)");
        Cli.Run("db", "verify-audit", "--database", database).ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Report_exports_the_stored_match_with_the_marker_table_and_the_pedigree()
    {
        using var folder = new TempFolder();
        var database = Seed(folder);
        var file = Path.Combine(folder.Path, "M-1.html");

        var markdown = Cli.Run("matches", "report", "M-1", "--format", "md", "--database", database, "--actor", "analyst");
        var html = Cli.Run("matches", "report", "M-1", "--format", "html", "--audience", "investigator", "--out", file, "--database", database);

        markdown.ExitCode.ShouldBe(0, markdown.ToString());
        markdown.Stdout.ShouldContain("## DNA: likelihood ratio per marker");
        markdown.Stdout.ShouldContain("D3S1358");
        markdown.Stdout.ShouldContain("R-1");
        markdown.Stdout.ShouldContain("F-1");
        html.ExitCode.ShouldBe(0, html.ToString());
        var written = File.ReadAllText(file);
        written.ShouldContain("<svg");
        written.ShouldContain("李小龙", customMessage: "an investigator sees names");
        Directory.GetFiles(folder.Path, "*.tmp*").ShouldBeEmpty();
        using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            connection.Open();
            using var query = connection.CreateCommand();
            query.CommandText = "SELECT entity_type || ':' || entity_id FROM audit_entries WHERE actor = 'analyst' AND action = 'read' ORDER BY sequence";
            using var reader = query.ExecuteReader();
            var reads = new List<string>();
            while (reader.Read())
            {
                reads.Add(reader.GetString(0));
            }

            reads.ShouldBe(["match:M-1", "samples:M-1"], "the export's reads of the match and of its profiles are audited");
        }

        Cli.Run("db", "verify-audit", "--database", database).ExitCode.ShouldBe(0);
    }

    [Fact]
    public void Report_for_a_volunteer_shows_no_genotypes_and_no_names()
    {
        using var folder = new TempFolder();
        var database = Seed(folder);

        var analyst = Cli.Run("matches", "report", "M-1", "--format", "md", "--audience", "analyst", "--database", database);
        var volunteer = Cli.Run("matches", "report", "M-1", "--format", "md", "--audience", "volunteer", "--database", database);

        analyst.ExitCode.ShouldBe(0, analyst.ToString());
        volunteer.ExitCode.ShouldBe(0, volunteer.ToString());
        var investigator = Cli.Run("matches", "report", "M-1", "--format", "md", "--audience", "investigator", "--database", database);
        static int Cells(string report) => report.Split('\n').Single(l => l.StartsWith("| D3S1358 ", StringComparison.Ordinal)).Count(c => c == '|') - 1;
        Cells(analyst.Stdout).ShouldBe(5, "marker, LR and the alleles of the mother, the father and the found child");
        Cells(investigator.Stdout).ShouldBe(2, "an investigator sees the LR per marker, not the alleles");
        volunteer.Stdout.ShouldNotContain("D3S1358");
        volunteer.Stdout.ShouldNotContain("李小龙");
        volunteer.Stdout.ShouldNotContain("xiaolong", Case.Insensitive);
        volunteer.Stdout.ShouldNotContain("S-1-M", customMessage: "no sample codes of relatives");
        volunteer.Stdout.ShouldNotContain("<svg");
    }

    [Fact]
    public void Report_of_an_unknown_match_or_with_a_bad_option_exits_2()
    {
        using var folder = new TempFolder();
        var database = Seed(folder);

        var missing = Cli.Run("matches", "report", "M-9", "--database", database);
        var format = Cli.Run("matches", "report", "M-1", "--format", "pdf", "--database", database);
        var audience = Cli.Run("matches", "report", "M-1", "--audience", "press", "--database", database);

        missing.ExitCode.ShouldBe(2);
        missing.StderrLines[0].ShouldBe("match M-9: no such match");
        missing.Stdout.ShouldBeEmpty();
        format.ExitCode.ShouldBe(2);
        format.StderrLines[0].ShouldStartWith("command line: --format: 'pdf' is not a format");
        audience.ExitCode.ShouldBe(2);
        audience.StderrLines[0].ShouldStartWith("command line: --audience: 'press' is not an audience");
    }

    /// <summary>A SQLite registry with family R-1 and its true child F-1: match M-1, potential.</summary>
    private static string Seed(TempFolder folder)
    {
        var database = Path.Combine(folder.Path, "registry.db");
        Cli.Run("db", "init", "--database", database).ExitCode.ShouldBe(0);
        var store = RegistryStore.OpenAsync(DatabaseSettings.Sqlite(database), new RegistryStoreOptions { Kinship = RegistryScenario.Kinship(), Clock = new FakeClock(DateTimeOffset.UtcNow) }).GetAwaiter().GetResult().Value;
        var scenario = new RegistryScenario(1);
        var family = scenario.NewFamily("R-1");
        RegistryScenario.AddFamilyAsync(store, family).GetAwaiter().GetResult();
        RegistryScenario.AddChildAsync(store, scenario.NewChild("F-1", family.ChildGenotypes)).GetAwaiter().GetResult().NewMatches.ShouldBe(["M-1"]);
        return database;
    }
}
