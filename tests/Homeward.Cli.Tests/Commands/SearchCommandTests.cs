using System.Text.Json;
using System.Text.Json.Nodes;

namespace Homeward.Cli.Tests.Commands;

/// <summary>
/// <c>homeward search</c> on the 19-locus family of the shipped cases: the father's report scores
/// the child exactly as <c>kinship lr</c> scores the duo case; ordering, limits and bad input.
/// </summary>
public sealed class SearchCommandTests
{
    private static readonly JsonObject Genotypes = LoadGenotypes();

    [Fact]
    public void A_report_scores_the_query_exactly_as_kinship_lr_scores_the_equivalent_case()
    {
        using var folder = Database(out var refs, out var queries, out var settings);

        var run = Cli.Run("search", "--references", refs, "--queries", queries, "--settings", settings, "--min-lr", "0", "--top", "100");

        run.ExitCode.ShouldBe(0, run.ToString());
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2);
        using var first = JsonDocument.Parse(lines[0]);
        first.RootElement.GetProperty("query").GetString().ShouldBe("Q-C");
        var candidates = first.RootElement.GetProperty("candidates").EnumerateArray().ToList();
        candidates.Count.ShouldBe(4);
        var lrs = candidates.Select(c => c.GetProperty("lr").GetDouble()).ToList();
        lrs.ShouldBe(lrs.OrderByDescending(x => x).ToList());

        var duo = Cli.Run("kinship", "lr", Repository.CaseFile("duo-19-loci.json"));
        using var duoJson = JsonDocument.Parse(duo.Stdout);
        var father = candidates.Single(c => c.GetProperty("report").GetString() == "R-F");
        Relative(father.GetProperty("lr").GetDouble(), duoJson.RootElement.GetProperty("lr").GetDouble()).ShouldBeLessThan(1e-9);
        father.GetProperty("relatives").EnumerateArray().Select(r => r.GetString()).ShouldBe(["father"]);
        father.GetProperty("log10Lr").GetDouble().ShouldBe(Math.Log10(father.GetProperty("lr").GetDouble()), 1e-12);

        var both = candidates.Single(c => c.GetProperty("report").GetString() == "R-FM");
        both.GetProperty("relatives").EnumerateArray().Select(r => r.GetString()).ShouldBe(["father", "mother"]);
        candidates[0].GetProperty("report").GetString().ShouldBe("R-FM");
    }

    [Fact]
    public void Min_lr_and_top_limit_the_candidates()
    {
        using var folder = Database(out var refs, out var queries, out var settings);

        var run = Cli.Run("search", "--references", refs, "--queries", queries, "--settings", settings, "--min-lr", "1000", "--top", "2");

        run.ExitCode.ShouldBe(0, run.ToString());
        using var first = JsonDocument.Parse(run.Stdout.Split('\n')[0]);
        var candidates = first.RootElement.GetProperty("candidates").EnumerateArray().ToList();
        candidates.Count.ShouldBe(2);
        candidates.ShouldAllBe(c => c.GetProperty("lr").GetDouble() >= 1000);
        candidates.Select(c => c.GetProperty("report").GetString()).ShouldBe(["R-FM", "R-F"]);
    }

    [Theory]
    [InlineData("{\"id\":\"S-9\",\"report\":\"R-9\",\"role\":\"aunt\",\"sex\":\"F\",\"loci\":{}}", "refs.jsonl:6: role", "unknown role 'aunt'")]
    [InlineData("{\"id\":\"S-9\",\"report\":\"R-9\",\"role\":\"mother\",\"sex\":\"M\",\"loci\":{}}", "refs.jsonl:6: sex", "a mother must be Female")]
    [InlineData("{\"id\":\"S-9\",\"report\":\"R-9\",\"role\":\"mother\",\"loci\":{\"TH01\":[\"6\"]}}", "refs.jsonl:6: loci.TH01", "two alleles")]
    [InlineData("{\"id\":\"S-9\",\"report\":", "refs.jsonl:6", "not valid JSON")]
    [InlineData("{\"id\":\"S-M\",\"report\":\"R-9\",\"role\":\"father\",\"loci\":{}}", "refs.jsonl:6: id", "already used at line 2")]
    [InlineData("{\"id\":\"S-9\",\"report\":\"R-M\",\"role\":\"mother\",\"loci\":{}}", "report R-M", "has 2 donors with role mother")]
    [InlineData("{\"id\":\"S-9\",\"report\":\"R-M\",\"role\":\"full-sibling\",\"loci\":{\"TH01\":[\"6\",\"8\"]}}", "refs.jsonl: report R-M, marker TH01", "impossible under the relationships their roles state without mutation")]
    public void A_bad_reference_line_is_named_and_nothing_is_printed(string badLine, string place, string message)
    {
        using var folder = Database(out var refs, out var queries, out var settings);
        File.AppendAllText(refs, badLine + "\n");

        var run = Cli.Run("search", "--references", refs, "--queries", queries, "--settings", settings);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Stdout.ShouldBeEmpty();
        run.Stderr.ShouldContain(place);
        run.Stderr.ShouldContain(message);
    }

    [Fact]
    public void A_missing_settings_table_and_a_bad_query_line_are_both_reported()
    {
        using var folder = Database(out var refs, out var queries, out var settings);
        File.WriteAllText(settings, "{\"frequencies\": \"nowhere.csv\", \"theta\": 0}");
        File.AppendAllText(queries, "{\"id\":\"Q-X\",\"loci\":[]}\n");

        var run = Cli.Run("search", "--references", refs, "--queries", queries, "--settings", settings);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Stdout.ShouldBeEmpty();
        run.Stderr.ShouldContain("settings.json: frequencies");
        run.Stderr.ShouldContain("queries.jsonl:3: loci");
    }

    private static double Relative(double a, double b) => Math.Abs(a - b) / Math.Abs(b);

    private static TempFolder Database(out string refs, out string queries, out string settings)
    {
        var folder = new TempFolder();
        folder.CopyTable("nist1036-asian.csv");
        settings = folder.Write("settings.json", "{\"frequencies\": \"nist1036-asian.csv\", \"theta\": 0}");
        string Line(string id, string report, string role, string sex, string person) =>
            $"{{\"id\":\"{id}\",\"report\":\"{report}\",\"role\":\"{role}\",\"sex\":\"{sex}\",\"loci\":{Genotypes[person]!.ToJsonString()}}}";
        refs = folder.Write("refs.jsonl", string.Join('\n',
            Line("S-F", "R-F", "father", "M", "F"),
            Line("S-M", "R-M", "mother", "F", "M"),
            Line("S-S", "R-S", "full-sibling", "F", "S"),
            Line("S-F2", "R-FM", "father", "M", "F"),
            Line("S-M2", "R-FM", "mother", "F", "M")) + "\n");
        queries = folder.Write("queries.jsonl", string.Join('\n',
            $"{{\"id\":\"Q-C\",\"sex\":\"F\",\"loci\":{Genotypes["C"]!.ToJsonString()}}}",
            $"{{\"id\":\"Q-M\",\"sex\":\"F\",\"loci\":{Genotypes["M"]!.ToJsonString()}}}") + "\n");
        return folder;
    }

    private static JsonObject LoadGenotypes()
    {
        var trio = JsonNode.Parse(File.ReadAllText(Repository.CaseFile("trio-19-loci.json")), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
        var siblings = JsonNode.Parse(File.ReadAllText(Repository.CaseFile("full-siblings-19-loci.json")), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
        var result = new JsonObject();
        foreach (var person in new[] { "F", "M", "C" })
        {
            result[person] = trio["genotypes"]![person]!.DeepClone();
        }

        result["S"] = siblings["genotypes"]!["S"]!.DeepClone();
        return result;
    }
}
