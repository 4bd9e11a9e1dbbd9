using System.Text.Json;
using Homeward.Cli.Commands;
using Homeward.Kinship;
using Homeward.Kinship.Simulation;

namespace Homeward.Cli.Tests.Commands;

public sealed class SimulateCommandTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private SimulateOptions Options(string folder = "out") => new()
    {
        Frequencies = TestFiles.AsianTable,
        Out = _scratch.File(folder),
        Reports = 300,
        Queries = 120,
        RelatedFraction = 0.25,
        Seed = 5,
        Markers = "china19",
        MissingMarkerRate = 0.02,
        DropoutRate = 0.01,
    };

    private static (int Code, string Out, string Err) Run(SimulateOptions options)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = SimulateCommand.Run(options, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static List<JsonElement> Lines(string path) =>
        [.. File.ReadAllLines(path).Select(line => JsonDocument.Parse(line).RootElement)];

    [Fact]
    public void Writes_the_profile_files_in_the_design_format()
    {
        var (code, _, err) = Run(Options());
        code.ShouldBe(0, err);
        var folder = _scratch.File("out");
        Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(
            ["frequencies.csv", "queries.jsonl", "references.jsonl", "settings.json", "simulation.json", "truth.jsonl"]);

        var markers = MarkerSet.China19.Markers.ToHashSet(StringComparer.Ordinal);
        var references = Lines(Path.Combine(folder, "references.jsonl"));
        references.Count.ShouldBeGreaterThanOrEqualTo(300);
        foreach (var reference in references)
        {
            reference.EnumerateObject().Select(p => p.Name).ShouldBe(["id", "report", "role", "sex", "loci"]);
            reference.GetProperty("id").GetString()!.ShouldMatch("^S-[0-9]{6}$");
            reference.GetProperty("report").GetString()!.ShouldMatch("^R-[0-9]{6}$");
            FamilyRoles.TryParse(reference.GetProperty("role").GetString(), out _).ShouldBeTrue();
            reference.GetProperty("sex").GetString().ShouldBeOneOf("M", "F");
            AssertLoci(reference.GetProperty("loci"), markers);
        }

        var queries = Lines(Path.Combine(folder, "queries.jsonl"));
        var truth = Lines(Path.Combine(folder, "truth.jsonl"));
        queries.Count.ShouldBe(120);
        truth.Count.ShouldBe(120);
        var reports = references.Select(r => r.GetProperty("report").GetString()).ToHashSet(StringComparer.Ordinal);
        foreach (var (query, answer) in queries.Zip(truth))
        {
            query.EnumerateObject().Select(p => p.Name).ShouldBe(["id", "sex", "loci"]);
            query.GetProperty("sex").GetString().ShouldBeOneOf("M", "F");
            AssertLoci(query.GetProperty("loci"), markers);
            answer.EnumerateObject().Select(p => p.Name).ShouldBe(["query", "report"]);
            answer.GetProperty("query").GetString().ShouldBe(query.GetProperty("id").GetString());
            var report = answer.GetProperty("report");
            if (report.ValueKind != JsonValueKind.Null)
            {
                reports.ShouldContain(report.GetString());
            }
        }

        truth.Count(t => t.GetProperty("report").ValueKind == JsonValueKind.String).ShouldBe(30);
    }

    [Fact]
    public void Writes_case_settings_that_point_at_a_copy_of_the_table()
    {
        Run(Options() with { MutationModel = "stepwise", MutationRate = 0.003, Theta = 0.01 }).Code.ShouldBe(0);
        var folder = _scratch.File("out");
        var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "settings.json"))).RootElement;
        var table = settings.GetProperty("frequencies").GetString()!;
        File.ReadAllBytes(Path.Combine(folder, table)).ShouldBe(File.ReadAllBytes(TestFiles.AsianTable));
        settings.GetProperty("theta").GetDouble().ShouldBe(0.01);
        var mutation = settings.GetProperty("mutation");
        mutation.GetProperty("model").GetString().ShouldBe("stepwise");
        mutation.GetProperty("rate").GetDouble().ShouldBe(0.003);
        mutation.GetProperty("rate2").GetDouble().ShouldBe(0.000001);
        mutation.GetProperty("range").GetDouble().ShouldBe(0.5);
    }

    [Fact]
    public void No_mutation_leaves_the_mutation_out_of_the_settings()
    {
        Run(Options() with { MutationRate = 0 }).Code.ShouldBe(0);
        var settings = JsonDocument.Parse(File.ReadAllText(_scratch.File("out/settings.json"))).RootElement;
        settings.TryGetProperty("mutation", out _).ShouldBeFalse();
    }

    [Fact]
    public void The_same_seed_writes_the_same_bytes_and_another_seed_does_not()
    {
        Run(Options("a")).Code.ShouldBe(0);
        Run(Options("b")).Code.ShouldBe(0);
        Run(Options("c") with { Seed = 6 }).Code.ShouldBe(0);
        foreach (var file in new[] { "references.jsonl", "queries.jsonl", "truth.jsonl" })
        {
            File.ReadAllBytes(_scratch.File($"b/{file}")).ShouldBe(File.ReadAllBytes(_scratch.File($"a/{file}")), file);
            File.ReadAllBytes(_scratch.File($"c/{file}")).ShouldNotBe(File.ReadAllBytes(_scratch.File($"a/{file}")), file);
        }
    }

    [Fact]
    public void Rewriting_replaces_the_files_and_leaves_no_temporary_file()
    {
        Run(Options()).Code.ShouldBe(0);
        Run(Options() with { Reports = 10, Queries = 4 }).Code.ShouldBe(0);
        File.ReadAllLines(_scratch.File("out/queries.jsonl")).Length.ShouldBe(4);
        Directory.GetFiles(_scratch.File("out"), "*.tmp", SearchOption.AllDirectories).ShouldBeEmpty();
        Directory.GetFiles(_scratch.File("out"), ".*").ShouldBeEmpty();
    }

    [Fact]
    public void Marker_count_takes_the_first_markers_of_the_table()
    {
        Run(Options() with { Markers = null, MarkerCount = 5 }).Code.ShouldBe(0);
        using var reader = File.OpenText(TestFiles.AsianTable);
        var table = FrequencyTableReader.ReadCsv(reader, "asian").Value;
        var first = Lines(_scratch.File("out/references.jsonl"))[0];
        first.GetProperty("loci").EnumerateObject().Select(p => p.Name).ShouldBeSubsetOf(table.Markers.Take(5).Select(m => m.Name));
    }

    private static readonly (string Option, Func<SimulateOptions, SimulateOptions> Change)[] BadCases =
    [
        ("--frequencies", o => o with { Frequencies = null }),
        ("--frequencies", o => o with { Frequencies = "no-such-table.csv" }),
        ("--out", o => o with { Out = null }),
        ("--reports", o => o with { Reports = -1 }),
        ("--queries", o => o with { Queries = null }),
        ("--seed", o => o with { Seed = null }),
        ("--related-fraction", o => o with { RelatedFraction = 1.5 }),
        ("--related-fraction", o => o with { Reports = 10, Queries = 100, RelatedFraction = 0.5 }),
        ("--markers", o => o with { Markers = "D3S1358,NOT-A-MARKER" }),
        ("--markers", o => o with { MarkerCount = 3 }),
        ("--marker-count", o => o with { Markers = null, MarkerCount = 0 }),
        ("--mutation-model", o => o with { MutationModel = "random-walk" }),
        ("--mutation-rate", o => o with { MutationRate = 2 }),
        ("--missing-marker-rate", o => o with { MissingMarkerRate = -0.1 }),
        ("--dropout-rate", o => o with { DropoutRate = 1.01 }),
        ("--theta", o => o with { Theta = 1 }),
        ("--shapes", o => o with { Shapes = "mother:0.5,aunt:0.5" }),
        ("--shapes", o => o with { Shapes = "mother:0.5,father:0.4" }),
    ];

    public static TheoryData<int, string> BadOptions()
    {
        var data = new TheoryData<int, string>();
        for (var i = 0; i < BadCases.Length; i++)
        {
            data.Add(i, BadCases[i].Option);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadOptions))]
    public void Bad_options_exit_with_2_and_name_the_option(int index, string option)
    {
        var (code, _, err) = Run(BadCases[index].Change(Options()));
        code.ShouldBe(2);
        err.ShouldContain(option);
        Directory.Exists(_scratch.File("out")).ShouldBeFalse("nothing is written when the options are bad");
    }

    [Theory]
    [InlineData("--reports", "abc")]
    [InlineData("--related-fraction", "half")]
    [InlineData("--seed", "1.5")]
    public void Unparsable_values_exit_with_2_and_name_the_option(string option, string value)
    {
        string[] args =
        [
            "simulate", "--frequencies", TestFiles.AsianTable, "--out", _scratch.File("out"), "--reports", "10",
            "--queries", "5", "--related-fraction", "0.2", "--seed", "1",
        ];
        args[Array.IndexOf(args, option) + 1] = value;
        var stderr = new StringWriter();
        Program.Run(args, new StringWriter(), stderr).ShouldBe(2);
        stderr.ToString().ShouldContain(option);
    }

    [Fact]
    public void The_command_line_runs_the_simulation()
    {
        var stdout = new StringWriter();
        var code = Program.Run(
            ["simulate", "--frequencies", TestFiles.AsianTable, "--out", _scratch.File("cli"), "--reports", "20", "--queries", "10",
             "--related-fraction", "0.5", "--seed", "3", "--marker-count", "10", "--shapes", "mother:0.5,parents:0.5",
             "--mutation-model", "equal", "--mutation-rate", "0.001", "--missing-marker-rate", "0.1", "--dropout-rate", "0.05"],
            stdout, new StringWriter());
        code.ShouldBe(0);
        stdout.ToString().ShouldContain("10 queries (5 planted)");
        File.ReadAllLines(_scratch.File("cli/truth.jsonl")).Length.ShouldBe(10);
    }

    private static void AssertLoci(JsonElement loci, HashSet<string> markers)
    {
        foreach (var locus in loci.EnumerateObject())
        {
            markers.ShouldContain(locus.Name);
            var alleles = locus.Value.EnumerateArray().Select(a => a.GetString()).ToList();
            alleles.Count.ShouldBe(2);
            alleles.All(a => AlleleLabel.TryParse(a, out var _, out var _)).ShouldBeTrue();
        }
    }
}
