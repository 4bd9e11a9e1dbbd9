using System.Text.Json;

namespace Homeward.Cli.Tests.Commands;

/// <summary><c>homeward demo cases</c> on the shipped cases, and the shipped cases themselves.</summary>
public sealed class DemoCommandTests
{
    public static TheoryData<string> ShippedCases() =>
        new(Directory.GetFiles(Path.Combine(Repository.Data, "cases"), "*.json").Select(Path.GetFileName)!);

    [Fact]
    public void Demo_cases_computes_every_shipped_case_and_exits_0()
    {
        var run = Cli.Run("demo", "cases");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Stderr.ShouldBeEmpty();
        foreach (var file in ShippedCases())
        {
            run.Stdout.ShouldContain($"[{file}]");
        }

        run.Stdout.ShouldContain("Combined LR = 3.3543e+9");
        run.Stdout.ShouldContain("GB/T 37223-2018");
        run.Stdout.ShouldContain("supports parentage");
        run.Stdout.ShouldContain("Mendelian-inconsistent loci: 1 (FGA), allowed for by the mutation model");
        run.Stdout.ShouldNotContain("could not be computed");
    }

    [Fact]
    public void Demo_cases_without_its_data_folder_exits_1()
    {
        using var folder = new TempFolder();

        var run = Cli.Run((o, e) => new CliContext(o, e, folder.Path), "demo", "cases");

        run.ExitCode.ShouldBe(1);
        run.Stderr.ShouldContain("the shipped demo cases are missing");
    }

    [Theory]
    [MemberData(nameof(ShippedCases))]
    public void Every_shipped_case_computes_without_warnings(string file)
    {
        var run = Cli.Run("kinship", "lr", Repository.CaseFile(file));

        run.ExitCode.ShouldBe(0, run.ToString());
        using var output = JsonDocument.Parse(run.Stdout);
        output.RootElement.GetProperty("warnings").GetArrayLength().ShouldBe(0, run.Stdout);
        output.RootElement.GetProperty("loci").EnumerateObject().Count().ShouldBe(19);
    }

    [Theory]
    [InlineData("duo-19-loci.json", 3.354303e+09)]
    [InlineData("trio-19-loci.json", 1.445780e+13)]
    [InlineData("full-siblings-19-loci.json", 1.371393e+06)]
    public void The_19_locus_family_cases_give_the_published_totals(string file, double expected)
    {
        // data/cases/SOURCES.md: totals from pedprobr 1.1.0, seven significant digits.
        var run = Cli.Run("kinship", "lr", Repository.CaseFile(file));

        using var output = JsonDocument.Parse(run.Stdout);
        var lr = output.RootElement.GetProperty("lr").GetDouble();
        (Math.Abs(lr - expected) / expected).ShouldBeLessThan(5e-7);
    }

    [Fact]
    public void The_shipped_frequency_tables_all_load()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Repository.Data, "frequencies"), "*.csv"))
        {
            using var reader = File.OpenText(file);
            var table = Kinship.FrequencyTableReader.ReadCsv(reader, file);
            table.IsSuccess.ShouldBeTrue(string.Join("\n", table.Errors ?? []));
        }
    }
}
