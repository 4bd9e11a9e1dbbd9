using System.Text.Json;
using Homeward.Cli.Commands;

namespace Homeward.Cli.Tests.Commands;

public sealed class EvaluateCommandTests : IDisposable
{
    private readonly ScratchFolder _scratch = new();

    public void Dispose() => _scratch.Dispose();

    private EvaluateOptions Options() => new()
    {
        Frequencies = TestFiles.AsianTable,
        Out = _scratch.File("eval"),
        Pairs = 60,
        Seed = 3,
        Panels = "identifiler15,china19",
        Relationships = "parent-child,full-siblings",
        DatabaseSize = 1_000_000,
    };

    private static (int Code, string Out, string Err) Run(EvaluateOptions options)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = EvaluateCommand.Run(options, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Writes_the_report_the_figures_and_the_Tippett_plots()
    {
        var (code, stdout, stderr) = Run(Options());
        code.ShouldBe(0, stderr);
        stdout.ShouldContain("| parent-child | china19 (19) |");
        var folder = _scratch.File("eval");
        foreach (var name in new[] { "parent-child", "full-siblings" })
        {
            File.ReadAllBytes(Path.Combine(folder, $"tippett-{name}.png")).Take(8).ShouldBe(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A });
            File.ReadAllText(Path.Combine(folder, $"tippett-{name}.svg")).ShouldContain("<svg");
        }

        File.ReadAllText(Path.Combine(folder, "evaluation.md")).ShouldContain("## full-siblings — identifiler15 (15 markers)");
        var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "evaluation.json"))).RootElement;
        json.GetProperty("pairs").GetInt32().ShouldBe(60);
        json.GetProperty("databaseSize").GetInt64().ShouldBe(1_000_000);
        var cells = json.GetProperty("cells").EnumerateArray().ToList();
        cells.Select(c => $"{c.GetProperty("relationship").GetString()}/{c.GetProperty("panel").GetString()}")
            .ShouldBe(["parent-child/identifiler15", "parent-child/china19", "full-siblings/identifiler15", "full-siblings/china19"]);
        var parentChild19 = cells[1];
        var median = parentChild19.GetProperty("quantiles").EnumerateArray().Single(q => q.GetProperty("level").GetDouble() == 0.5);
        median.GetProperty("relatedLog10Lr").GetDouble().ShouldBeGreaterThan(4);
        median.GetProperty("unrelatedLog10Lr").GetDouble().ShouldBeLessThan(0);
        var thresholds = parentChild19.GetProperty("thresholds").EnumerateArray().Select(t => t.GetProperty("lr").GetDouble());
        thresholds.ShouldBe([1, 10, 100, 1e3, 1e4, 1e6]);
    }

    [Fact]
    public void Plots_can_be_switched_off()
    {
        Run(Options() with { Plots = "none", Relationships = "trio", Panels = "identifiler15" }).Code.ShouldBe(0);
        Directory.GetFiles(_scratch.File("eval")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe(["evaluation.json", "evaluation.md"]);
    }

    private static readonly (string Option, Func<EvaluateOptions, EvaluateOptions> Change)[] BadCases =
    [
        ("--frequencies", o => o with { Frequencies = "missing.csv" }),
        ("--out", o => o with { Out = " " }),
        ("--pairs", o => o with { Pairs = 0 }),
        ("--database-size", o => o with { DatabaseSize = 0 }),
        ("--panels", o => o with { Panels = "identifiler15,powerplex99" }),
        ("--panels", o => o with { Markers = "D3S1358,vWA" }),
        ("--markers", o => o with { Panels = null, Markers = "D3S1358,XYZ" }),
        ("--relationships", o => o with { Relationships = "parent-child,second-cousins" }),
        ("--plots", o => o with { Plots = "gif" }),
        ("--mutation-rate", o => o with { MutationRate = -1 }),
        ("--theta", o => o with { Theta = -0.1 }),
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
    }

    [Fact]
    public void A_panel_that_the_table_lacks_is_named()
    {
        var table = Path.Combine(Path.GetDirectoryName(TestFiles.AsianTable)!, "norstr-east-asia-2023.csv");
        var (code, _, err) = Run(Options() with { Frequencies = table, Panels = "china19" });
        code.ShouldBe(2);
        err.ShouldContain("--markers");
        err.ShouldContain("D6S1043");
    }

    [Fact]
    public void The_command_line_takes_the_evaluate_options()
    {
        var stderr = new StringWriter();
        Program.Run(
            ["evaluate", "--frequencies", TestFiles.AsianTable, "--out", _scratch.File("cli"), "--pairs", "20", "--relationships", "half-siblings",
             "--marker-count", "12", "--mutation-model", "none", "--database-size", "1000", "--plots", "svg"],
            new StringWriter(), stderr).ShouldBe(0, stderr.ToString());
        File.Exists(_scratch.File("cli/tippett-half-siblings.svg")).ShouldBeTrue();
        Program.Run(["evaluate", "--frequencies", TestFiles.AsianTable, "--out", _scratch.File("x"), "--pairs", "many"], new StringWriter(), stderr).ShouldBe(2);
        stderr.ToString().ShouldContain("--pairs");
    }
}
