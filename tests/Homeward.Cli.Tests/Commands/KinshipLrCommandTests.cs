using System.Text.Json;
using Homeward.Kinship;

namespace Homeward.Cli.Tests.Commands;

/// <summary><c>homeward kinship lr</c>: the stdout contract, warnings, and exit code 2 with named places on bad input.</summary>
public sealed class KinshipLrCommandTests : IDisposable
{
    // D3S1358: father 14/15, child 14/16, mother untyped: PI = 1 / (4 p14).
    private const string DuoCase = """
        {
          "frequencies": "tables/asian.csv",
          "hypotheses": { "H1": [ { "id": "F", "sex": "M" }, { "id": "M", "sex": "F" }, { "id": "C", "sex": "F", "father": "F", "mother": "M" } ] },
          "genotypes": { "F": { "D3S1358": ["14", "15"], "vWA": ["17", "17"] }, "C": { "D3S1358": [14, 16], "vWA": ["17", "18"] } }
        }
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_valid_case_prints_one_json_object_with_the_calculators_numbers()
    {
        _folder.CopyTable("nist1036-asian.csv", "tables/asian.csv");
        var path = _folder.Write("case.json", DuoCase);

        var run = Cli.Run("kinship", "lr", path);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Stderr.ShouldBeEmpty();
        run.Stdout.TrimEnd('\n').ShouldNotContain("\n");
        using var output = JsonDocument.Parse(run.Stdout);
        var root = output.RootElement;
        root.EnumerateObject().Select(p => p.Name).ShouldBe(["lr", "log10Lr", "loci", "warnings"]);

        var expected = Calculate(path, "tables/asian.csv");
        Bits(root.GetProperty("lr").GetDouble()).ShouldBe(Bits(expected.LikelihoodRatio));
        Bits(root.GetProperty("log10Lr").GetDouble()).ShouldBe(Bits(expected.Log10LikelihoodRatio!.Value));
        var loci = root.GetProperty("loci").EnumerateObject().ToList();
        loci.Select(l => l.Name).ShouldBe(expected.Loci.Select(l => l.Marker));
        loci.Select(l => Bits(l.Value.GetDouble())).ShouldBe(expected.Loci.Select(l => Bits(l.LikelihoodRatio)));
        root.GetProperty("warnings").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public void The_duo_LR_at_one_marker_is_the_closed_form_one_over_four_p()
    {
        // Frequencies that sum to exactly 1 in binary, so that the closed forms hold to the last bit.
        _folder.Write("tables/asian.csv", "marker,allele,frequency\nD3S1358,14,0.125\nD3S1358,15,0.375\nD3S1358,16,0.25\nD3S1358,17,0.25\nvWA,17,0.25\nvWA,18,0.75\n");
        var path = _folder.Write("case.json", DuoCase);

        var run = Cli.Run("kinship", "lr", path);

        run.ExitCode.ShouldBe(0, run.ToString());
        using var output = JsonDocument.Parse(run.Stdout);
        var loci = output.RootElement.GetProperty("loci");
        loci.GetProperty("D3S1358").GetDouble().ShouldBe(1 / (4 * 0.125), 1e-15); // father 14/15, child 14/16
        loci.GetProperty("vWA").GetDouble().ShouldBe(1 / (2 * 0.25), 1e-15); // father 17/17, child 17/18: 1 / (2 p17)
        output.RootElement.GetProperty("lr").GetDouble().ShouldBe(4, 1e-14);
    }

    [Fact]
    public void With_a_shipped_table_the_closed_form_carries_the_tables_sum()
    {
        // Published tables sum to 1 only within rounding and are used as given: the untyped
        // mother transmits allele 16 with probability p16 × Σp, so PI = Σp / (4 p14).
        _folder.CopyTable("nist1036-asian.csv", "tables/asian.csv");
        var path = _folder.Write("case.json", DuoCase);

        var run = Cli.Run("kinship", "lr", path);

        using var output = JsonDocument.Parse(run.Stdout);
        var d3 = output.RootElement.GetProperty("loci").GetProperty("D3S1358").GetDouble();
        var marker = Marker("nist1036-asian.csv", "D3S1358");
        var p14 = marker.Frequencies[marker.IndexOf(AlleleLabel.Parse("14"))];
        var closedForm = marker.Frequencies.Sum() / (4 * p14);
        (Math.Abs(d3 - closedForm) / closedForm).ShouldBeLessThan(1e-12);
    }

    [Fact]
    public void An_exclusion_prints_lr_0_and_log10_null_with_a_warning()
    {
        _folder.CopyTable("nist1036-asian.csv", "tables/asian.csv");
        var path = _folder.Write("case.json", DuoCase.Replace("[14, 16]", "[17, 18]", StringComparison.Ordinal));

        var run = Cli.Run("kinship", "lr", path);

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Stdout.ShouldStartWith("{\"lr\":0,\"log10Lr\":null,\"loci\":{");
        run.Stdout.ShouldContain("impossible under H1 without mutation");
    }

    [Fact]
    public void Explain_adds_a_table_on_stderr_and_leaves_stdout_unchanged()
    {
        _folder.CopyTable("nist1036-asian.csv", "tables/asian.csv");
        var path = _folder.Write("case.json", DuoCase);

        var plain = Cli.Run("kinship", "lr", path);
        var explained = Cli.Run("kinship", "lr", path, "--explain");

        explained.ExitCode.ShouldBe(0);
        explained.Stdout.ShouldBe(plain.Stdout);
        explained.Stderr.ShouldContain("marker");
        explained.Stderr.ShouldContain("14/15");
        explained.Stderr.ShouldContain("combined LR = ");
    }

    [Fact]
    public void Marker_aliases_match_the_table_with_a_warning_naming_both_spellings()
    {
        _folder.CopyTable("norway-35.csv");
        var path = _folder.Write("case.json", """
            {
              "frequencies": "norway-35.csv",
              "hypotheses": { "H1": [ { "id": "F", "sex": "M" }, { "id": "M", "sex": "F" }, { "id": "C", "sex": "F", "father": "F", "mother": "M" } ] },
              "genotypes": { "F": { "vWA": ["17", "18"], "Penta E": ["11", "12"] }, "C": { "vWA": ["17", "17"], "Penta E": ["12", "13"] } }
            }
            """);

        var run = Cli.Run("kinship", "lr", path);

        run.ExitCode.ShouldBe(0, run.ToString());
        var warnings = Warnings(run);
        warnings.ShouldContain("marker 'vWA' matched frequency table marker 'VWA'");
        warnings.ShouldContain("marker 'Penta E' matched frequency table marker 'PENTA_E'");
        using var output = JsonDocument.Parse(run.Stdout);
        output.RootElement.GetProperty("loci").EnumerateObject().Select(p => p.Name).ShouldBe(["vWA", "Penta E"], ignoreOrder: true);
    }

    [Fact]
    public void An_allele_absent_from_the_table_is_added_with_a_warning()
    {
        _folder.CopyTable("nist1036-asian.csv", "tables/asian.csv");
        var path = _folder.Write("case.json", DuoCase.Replace("[14, 16]", "[14, 13.3]", StringComparison.Ordinal));

        var run = Cli.Run("kinship", "lr", path);

        run.ExitCode.ShouldBe(0, run.ToString());
        Warnings(run).ShouldContain(w => w.StartsWith("marker D3S1358: allele 13.3 (in C) is not in the frequency table", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bare_table_name_not_next_to_the_case_uses_the_shipped_table_and_says_so()
    {
        var path = _folder.Write("case.json", DuoCase.Replace("tables/asian.csv", "nist1036-asian.csv", StringComparison.Ordinal));

        var run = Cli.Run("kinship", "lr", path);

        run.ExitCode.ShouldBe(0, run.ToString());
        Warnings(run).ShouldContain(w => w.StartsWith("frequency table 'nist1036-asian.csv' is not next to the case file", StringComparison.Ordinal));
    }

    [Fact]
    public void A_table_next_to_the_case_wins_over_the_shipped_one()
    {
        // A local "nist1036-asian.csv" with other frequencies: the LR must follow the local file.
        _folder.Write("nist1036-asian.csv", "marker,allele,frequency\nD3S1358,14,0.5\nD3S1358,15,0.25\nD3S1358,16,0.25\n");
        var path = _folder.Write("case.json", """
            { "frequencies": "nist1036-asian.csv",
              "hypotheses": { "H1": [ { "id": "F", "sex": "M" }, { "id": "M", "sex": "F" }, { "id": "C", "sex": "F", "father": "F", "mother": "M" } ] },
              "genotypes": { "F": { "D3S1358": ["14", "15"] }, "C": { "D3S1358": ["14", "16"] } } }
            """);

        var run = Cli.Run("kinship", "lr", path);

        run.ExitCode.ShouldBe(0, run.ToString());
        using var output = JsonDocument.Parse(run.Stdout);
        output.RootElement.GetProperty("lr").GetDouble().ShouldBe(0.5, 1e-12); // 1 / (4 × 0.5)
        Warnings(run).ShouldBeEmpty();
    }

    [Fact]
    public void Malformed_json_exits_2_naming_file_line_and_column() =>
        ShouldBeInvalid(_folder.Write("case.json", "{\n  \"frequencies\": @\n}"), "case.json:2:18: invalid JSON: '@' is an invalid start of a value.");

    [Fact]
    public void A_missing_required_key_exits_2() =>
        ShouldBeInvalid(_folder.Write("case.json", """{ "frequencies": "x.csv", "hypotheses": { "H1": [ { "id": "A", "sex": "M" } ] } }"""), "case.json: genotypes: ");

    [Fact]
    public void A_wrong_type_exits_2() =>
        ShouldBeInvalid(WithTable(DuoCase.Replace("\"frequencies\"", "\"theta\": \"0.01\", \"frequencies\"", StringComparison.Ordinal)), "case.json: theta: expected a number");

    [Fact]
    public void An_unknown_parent_exits_2_naming_the_person() =>
        ShouldBeInvalid(WithTable(DuoCase.Replace("\"father\": \"F\"", "\"father\": \"G\"", StringComparison.Ordinal)), "case.json: hypotheses.H1[2].father: father 'G' of 'C'");

    [Fact]
    public void A_person_with_one_parent_exits_2() =>
        ShouldBeInvalid(WithTable(DuoCase.Replace(", \"mother\": \"M\"", string.Empty, StringComparison.Ordinal)), "case.json: hypotheses.H1[2]: person 'C' has a father but no mother");

    [Fact]
    public void A_cycle_exits_2() =>
        ShouldBeInvalid(
            WithTable(DuoCase.Replace("{ \"id\": \"F\", \"sex\": \"M\" }", "{ \"id\": \"F\", \"sex\": \"M\", \"father\": \"C\", \"mother\": \"M\" }", StringComparison.Ordinal)
                .Replace("\"sex\": \"F\", \"father\"", "\"sex\": \"M\", \"father\"", StringComparison.Ordinal)),
            "case.json: hypotheses.H1: person '");

    [Fact]
    public void A_female_father_exits_2() =>
        ShouldBeInvalid(WithTable(DuoCase.Replace("{ \"id\": \"F\", \"sex\": \"M\" }", "{ \"id\": \"F\", \"sex\": \"F\" }", StringComparison.Ordinal)), "case.json: hypotheses.H1[2].father: father 'F' of 'C' has sex Female");

    [Fact]
    public void A_genotype_with_three_alleles_exits_2_naming_person_and_marker() =>
        ShouldBeInvalid(WithTable(DuoCase.Replace("[14, 16]", "[14, 16, 17]", StringComparison.Ordinal)), "case.json: genotypes.C.D3S1358: a genotype is an array of exactly two alleles");

    [Fact]
    public void An_invalid_allele_exits_2() =>
        ShouldBeInvalid(WithTable(DuoCase.Replace("[14, 16]", "[14, \"1 6\"]", StringComparison.Ordinal)), "case.json: genotypes.C.D3S1358[1]: allele label '1 6'");

    [Fact]
    public void A_rate_outside_0_1_exits_2() =>
        ShouldBeInvalid(WithTable(DuoCase.Replace("\"frequencies\"", "\"mutation\": { \"model\": \"equal\", \"rate\": 1.5 }, \"frequencies\"", StringComparison.Ordinal)), "case.json: mutation.rate: rate 1.5 must be in [0, 1]");

    [Fact]
    public void Stepwise_without_rate2_and_range_exits_2() =>
        ShouldBeInvalid(WithTable(DuoCase.Replace("\"frequencies\"", "\"mutation\": { \"model\": \"stepwise\", \"rate\": 0.002 }, \"frequencies\"", StringComparison.Ordinal)), "case.json: mutation.rate2: the required key 'rate2' is missing", "case.json: mutation.range: the required key 'range' is missing");

    [Fact]
    public void A_duplicate_key_exits_2() =>
        ShouldBeInvalid(WithTable(DuoCase.Replace("\"genotypes\": {", "\"genotypes\": { \"C\": {},", StringComparison.Ordinal)), "case.json: genotypes.C: the key 'C' appears more than once");

    [Fact]
    public void A_missing_frequency_file_exits_2_naming_the_case_and_the_path() =>
        ShouldBeInvalid(_folder.Write("case.json", DuoCase), "case.json: frequencies: frequency table 'tables/asian.csv' not found");

    [Fact]
    public void An_invalid_frequency_file_exits_2_naming_its_lines()
    {
        _folder.Write("tables/asian.csv", "marker,allele,frequency\nD3S1358,14,0.5\nD3S1358,15,x\nD3S1358,16,0.25\nD3S1358,16,0.25\n");

        ShouldBeInvalid(_folder.Write("case.json", DuoCase), "asian.csv:3: frequency 'x' is not a number", "asian.csv:5: marker D3S1358: allele 16 is listed twice");
    }

    [Fact]
    public void A_missing_case_file_exits_2() =>
        ShouldBeInvalid(Path.Combine(_folder.Path, "nowhere.json"), "nowhere.json: no such case file");

    [Fact]
    public void Genotypes_impossible_under_H2_exit_2_naming_file_and_marker()
    {
        // H2 also makes F the father, and the child shares nothing with him: no LR exists.
        var json = DuoCase
            .Replace("\"hypotheses\": {", "\"hypotheses\": { \"H2\": [ { \"id\": \"F\", \"sex\": \"M\" }, { \"id\": \"M\", \"sex\": \"F\" }, { \"id\": \"C\", \"sex\": \"F\", \"father\": \"F\", \"mother\": \"M\" } ],", StringComparison.Ordinal)
            .Replace("[14, 16]", "[17, 18]", StringComparison.Ordinal);

        ShouldBeInvalid(WithTable(json), "case.json: marker D3S1358: the genotypes are impossible under H2");
    }

    [Theory]
    [InlineData]
    [InlineData("kinship", "lr")]
    [InlineData("kinship", "lr", "a.json", "--bogus")]
    [InlineData("frobnicate")]
    public void Usage_errors_exit_2_with_nothing_on_stdout(params string[] args)
    {
        var run = Cli.Run(args);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Stdout.ShouldBeEmpty();
        run.StderrLines.ShouldAllBe(l => l.StartsWith("command line: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Help_prints_usage_on_stdout_and_exits_0()
    {
        var run = Cli.Run("kinship", "lr", "--help");

        run.ExitCode.ShouldBe(0);
        run.Stdout.ShouldContain("--explain");
    }

    [Fact]
    public void A_failure_that_is_not_the_inputs_fault_exits_1()
    {
        _folder.CopyTable("nist1036-asian.csv", "tables/asian.csv");
        var path = _folder.Write("case.json", DuoCase);
        using var stderr = new StringWriter();

        var exit = Program.Run(["kinship", "lr", path], new ThrowingWriter(), stderr);

        exit.ShouldBe(1);
        stderr.ToString().ShouldStartWith("homeward: internal error");
    }

    private static LikelihoodRatioResult Calculate(string casePath, string table)
    {
        var directory = Path.GetDirectoryName(casePath)!;
        var parsed = KinshipCaseJson.Parse(File.ReadAllText(casePath), "case.json", _ =>
        {
            using var reader = File.OpenText(Path.Combine(directory, table));
            return FrequencyTableReader.ReadCsv(reader, table);
        });
        return LikelihoodRatioCalculator.Compute(parsed.Value).Value;
    }

    private static MarkerFrequencies Marker(string table, string marker)
    {
        using var reader = File.OpenText(Repository.FrequencyFile(table));
        return FrequencyTableReader.ReadCsv(reader, table).Value.Find(marker)!.Value.Marker;
    }

    private static long Bits(double value) => BitConverter.DoubleToInt64Bits(value);

    private static List<string> Warnings(CliRun run)
    {
        using var output = JsonDocument.Parse(run.Stdout);
        return output.RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList();
    }

    private string WithTable(string json)
    {
        _folder.CopyTable("nist1036-asian.csv", "tables/asian.csv");
        return _folder.Write("case.json", json);
    }

    private static void ShouldBeInvalid(string casePath, params string[] expectedFragments)
    {
        var run = Cli.Run("kinship", "lr", casePath);

        run.ExitCode.ShouldBe(2, run.ToString());
        run.Stdout.ShouldBeEmpty();
        foreach (var fragment in expectedFragments)
        {
            run.StderrLines.ShouldContain(l => l.Contains(fragment, StringComparison.Ordinal), $"no stderr line contains '{fragment}':\n{run.Stderr}");
        }

        // Every line is "place: message", and the place starts with the file as the user named it.
        run.StderrLines.ShouldAllBe(l => l.Contains(": ", StringComparison.Ordinal));
        run.StderrLines.ShouldContain(l => l.StartsWith(casePath, StringComparison.Ordinal) || l.Contains(".csv:", StringComparison.Ordinal));
    }

    private sealed class ThrowingWriter : StringWriter
    {
        public override void Write(char value) => throw new IOException("stdout is closed");

        public override void Write(string? value) => throw new IOException("stdout is closed");

        public override void WriteLine(string? value) => throw new IOException("stdout is closed");
    }
}
