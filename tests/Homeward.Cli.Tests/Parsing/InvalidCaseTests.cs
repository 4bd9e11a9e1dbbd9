using Homeward.Kinship;
using static Homeward.Cli.Tests.Parsing.CaseJson;

namespace Homeward.Cli.Tests.Parsing;

/// <summary>Every kind of bad input is reported, and every error names the file and the place in it.</summary>
public sealed class InvalidCaseTests
{
    [Fact]
    public void Malformed_json_names_the_line_and_column()
    {
        var json = "{\n  \"theta\": 0,\n  \"frequencies\": @t.csv\n}";

        var error = Errors(json).ShouldHaveSingleItem();

        error.ShouldBe("case.json:3:18: invalid JSON: '@' is an invalid start of a value.");
    }

    [Fact]
    public void The_column_of_malformed_json_counts_characters_not_bytes()
    {
        // "θθ" is four bytes of UTF-8 but two characters.
        var json = "{ \"title\": \"θθ\" x }";

        Errors(json).ShouldHaveSingleItem().ShouldStartWith("case.json:1:17: invalid JSON");
    }

    [Fact]
    public void Truncated_json_is_reported()
    {
        Errors("{ \"theta\": 0,").ShouldHaveSingleItem().ShouldStartWith("case.json:1:");
    }

    [Fact]
    public void A_json_error_message_stays_on_one_line() =>
        Errors("{\n  \"theta\": tru\n}").ShouldHaveSingleItem().ShouldNotContain("\n");

    [Theory]
    [InlineData("[]", "an empty array")]
    [InlineData("42", "the number 42")]
    public void The_root_must_be_an_object(string json, string found) =>
        Errors(json).ShouldHaveSingleItem().ShouldBe($"case.json: a kinship case is a JSON object, found {found}");

    [Fact]
    public void Missing_required_keys_are_named_each()
    {
        var errors = Errors("{ }");

        errors.ShouldHaveError("case.json: frequencies", "required key 'frequencies' is missing");
        errors.ShouldHaveError("case.json: hypotheses", "required key 'hypotheses' is missing");
        errors.ShouldHaveError("case.json: genotypes", "required key 'genotypes' is missing");
    }

    [Fact]
    public void A_person_without_id_or_sex_names_the_person()
    {
        var errors = Errors(Case(hypotheses: """{ "H1": [ { "sex": "M" }, { "id": "CH" } ] }""", genotypes: "{}"));

        errors.ShouldHaveError("case.json: hypotheses.H1[0].id", "missing");
        errors.ShouldHaveError("case.json: hypotheses.H1[1].sex", "missing");
    }

    [Fact]
    public void H1_is_required() =>
        Errors(Case(hypotheses: """{ "H2": [ { "id": "AF", "sex": "M" } ] }""", genotypes: "{}"))
            .ShouldHaveError("case.json: hypotheses.H1", "missing");

    [Theory]
    [InlineData("theta", "\"0.01\"", "case.json: theta", "expected a number, found the string \"0.01\"")]
    [InlineData("minimumFrequency", "true", "case.json: minimumFrequency", "expected a number, found true")]
    [InlineData("title", "7", "case.json: title", "expected a string")]
    [InlineData("frequencies", "42", "case.json: frequencies", "expected the path of a frequency table")]
    public void Wrong_types_at_the_top_name_the_key(string key, string value, string place, string fragment)
    {
        var json = key == "frequencies" ? Case(frequencies: value) : Case(extra: $"\"{key}\": {value}");

        Errors(json).ShouldHaveError(place, fragment);
    }

    [Theory]
    [InlineData("""{ "H1": { "id": "AF" } }""", "case.json: hypotheses.H1", "expected an array of persons")]
    [InlineData("""{ "H1": [ "AF" ] }""", "case.json: hypotheses.H1[0]", "expected a person")]
    [InlineData("""{ "H1": [ { "id": 7, "sex": "M" } ] }""", "case.json: hypotheses.H1[0].id", "expected a person id")]
    [InlineData("""{ "H1": [ { "id": "AF", "sex": "X" } ] }""", "case.json: hypotheses.H1[0].sex", "expected \"M\", \"F\" or \"U\"")]
    [InlineData("""{ "H1": [ { "id": "AF", "sex": 3 } ] }""", "case.json: hypotheses.H1[0].sex", "found the number 3")]
    [InlineData("""{ "H1": [ { "id": "AF", "sex": "M", "age": 40 } ] }""", "case.json: hypotheses.H1[0].age", "unknown key 'age'")]
    [InlineData("""{ "H1": [ { "id": "AF", "sex": "M" } ], "H3": [] }""", "case.json: hypotheses.H3", "unknown key 'H3'")]
    [InlineData("""{ "h1": [ { "id": "AF", "sex": "M" } ] }""", "case.json: hypotheses.h1", "did you mean 'H1'")]
    [InlineData("""{ "H1": [] }""", "case.json: hypotheses.H1", "at least one person")]
    public void Wrong_types_in_hypotheses_name_the_key(string hypotheses, string place, string fragment) =>
        Errors(Case(hypotheses: hypotheses, genotypes: "{}")).ShouldHaveError(place, fragment);

    [Fact]
    public void An_unknown_parent_names_the_parent_key()
    {
        var errors = Errors(Case(hypotheses: """
            { "H1": [ { "id": "AF", "sex": "M" }, { "id": "MO", "sex": "F" }, { "id": "CH", "sex": "F", "father": "XX", "mother": "MO" } ] }
            """));

        errors.ShouldHaveError("case.json: hypotheses.H1[2].father", "father 'XX' of 'CH' is not a person of this hypothesis");
    }

    [Fact]
    public void A_person_with_one_parent_is_named()
    {
        var errors = Errors(Case(hypotheses: """
            { "H1": [ { "id": "AF", "sex": "M" }, { "id": "MO", "sex": "F" }, { "id": "CH", "sex": "F", "father": "AF" } ] }
            """));

        errors.ShouldHaveError("case.json: hypotheses.H1[2]", "person 'CH' has a father but no mother");
    }

    [Fact]
    public void A_female_father_names_the_father_key()
    {
        var errors = Errors(Case(hypotheses: """
            { "H1": [ { "id": "AF", "sex": "F" }, { "id": "MO", "sex": "F" }, { "id": "CH", "sex": "F", "father": "AF", "mother": "MO" } ] }
            """));

        errors.ShouldHaveError("case.json: hypotheses.H1[2].father", "father 'AF' of 'CH' has sex Female; a father must be Male");
    }

    [Fact]
    public void A_person_who_is_their_own_parent_is_named() =>
        Errors(Case(hypotheses: """
            { "H1": [ { "id": "AF", "sex": "M", "father": "AF", "mother": "MO" }, { "id": "MO", "sex": "F" }, { "id": "CH", "sex": "F" } ] }
            """)).ShouldHaveError("case.json: hypotheses.H1[0].father", "their own father");

    [Fact]
    public void A_cycle_is_reported_by_the_pedigree_with_the_file_name()
    {
        // AF is the father of B, and B the father of AF.
        var errors = Errors(Case(hypotheses: """
            { "H1": [
                { "id": "AF", "sex": "M", "father": "B", "mother": "M1" },
                { "id": "B", "sex": "M", "father": "AF", "mother": "M2" },
                { "id": "M1", "sex": "F" }, { "id": "M2", "sex": "F" }, { "id": "CH", "sex": "F" } ] }
            """));

        errors.ShouldContain(e => e.StartsWith("case.json: hypotheses.H1: person '", StringComparison.Ordinal) && e.EndsWith("is their own ancestor (the parent links form a cycle)", StringComparison.Ordinal), string.Join("\n", errors));
    }

    [Fact]
    public void A_duplicate_person_names_the_second_declaration() =>
        Errors(Case(hypotheses: """{ "H1": [ { "id": "AF", "sex": "M" }, { "id": "CH", "sex": "F" }, { "id": "AF", "sex": "M" } ] }"""))
            .ShouldHaveError("case.json: hypotheses.H1[2].id", "declared twice (first at hypotheses.H1[0])");

    [Fact]
    public void A_person_whose_sex_differs_between_hypotheses_is_named() =>
        Errors(Case(hypotheses: """
            { "H1": [ { "id": "AF", "sex": "M" }, { "id": "CH", "sex": "F" } ],
              "H2": [ { "id": "AF", "sex": "M" }, { "id": "CH", "sex": "M" } ] }
            """)).ShouldHaveError("case.json: hypotheses.H2[1].sex", "has sex Male here but Female in H1");

    [Theory]
    [InlineData("""["15"]""", "an array of 1 item")]
    [InlineData("""["15", "16", "17"]""", "an array of 3 items")]
    [InlineData("""[]""", "an empty array")]
    [InlineData("\"15/16\"", "the string \"15/16\"")]
    public void A_genotype_without_exactly_two_alleles_names_person_and_marker(string genotype, string found) =>
        Errors(Case(genotypes: $$"""{ "AF": { "D3S1358": ["15", "16"] }, "CH": { "D3S1358": {{genotype}} } }"""))
            .ShouldHaveError("case.json: genotypes.CH.D3S1358", $"exactly two alleles, e.g. [\"15\", \"16\"] or [\"15\", \"15\"] for a homozygote; found {found}");

    [Theory]
    [InlineData("\"15 16\"", "contains the character ' '")]
    [InlineData("\"\"", "empty allele label")]
    [InlineData("\"12345678901234567\"", "longer than 16 characters")]
    [InlineData("9.25", "the number 9.25 is not a repeat count")]
    [InlineData("-1", "the number -1 is not a repeat count")]
    [InlineData("1e1", "the number 1e1 is not a repeat count")]
    [InlineData("true", "expected an allele label")]
    [InlineData("null", "expected an allele label")]
    public void An_invalid_allele_names_person_marker_and_position(string allele, string fragment) =>
        Errors(Case(genotypes: $$"""{ "AF": { "D3S1358": ["15", "16"] }, "CH": { "D3S1358": ["15", {{allele}}] } }"""))
            .ShouldHaveError("case.json: genotypes.CH.D3S1358[1]", fragment);

    [Fact]
    public void A_typed_person_missing_from_a_hypothesis_is_named()
    {
        Errors(Case(genotypes: """{ "AF": { "D3S1358": ["15", "16"] }, "XX": { "D3S1358": ["15", "17"] } }"""))
            .ShouldHaveError("case.json: genotypes.XX", "not declared in hypotheses.H1");
        Errors(Case(hypotheses: """
            { "H1": [ { "id": "AF", "sex": "M" }, { "id": "CH", "sex": "F" } ], "H2": [ { "id": "AF", "sex": "M" } ] }
            """)).ShouldHaveError("case.json: genotypes.CH", "not declared in hypotheses.H2");
    }

    [Fact]
    public void One_marker_spelled_twice_for_a_person_is_an_error() =>
        Errors(Case(genotypes: """{ "AF": { "vWA": ["14", "17"], "VWA": ["14", "14"] } }"""))
            .ShouldHaveError("case.json: genotypes.AF.VWA", "the same marker as 'vWA'");

    [Theory]
    [InlineData("""{ "theta": 0, "theta": 0.01, "frequencies": "t.csv", "hypotheses": { "H1": [ { "id": "AF", "sex": "M" } ] }, "genotypes": {} }""", "case.json: theta")]
    [InlineData("""{ "frequencies": "t.csv", "hypotheses": { "H1": [ { "id": "AF", "sex": "M", "sex": "F" } ] }, "genotypes": {} }""", "case.json: hypotheses.H1[0].sex")]
    [InlineData("""{ "frequencies": "t.csv", "hypotheses": { "H1": [ { "id": "AF", "sex": "M" } ] }, "genotypes": { "AF": { "vWA": ["14", "17"], "vWA": ["14", "14"] } } }""", "case.json: genotypes.AF.vWA")]
    [InlineData("""{ "frequencies": "t.csv", "hypotheses": { "H1": [ { "id": "AF", "sex": "M" } ] }, "genotypes": { "AF": {}, "AF": {} } }""", "case.json: genotypes.AF")]
    public void A_duplicate_key_is_an_error_at_its_path(string json, string place) =>
        Errors(json).ShouldHaveError(place, "appears more than once");

    [Theory]
    [InlineData("\"theta\": 1", "case.json: theta", "must be in [0, 1)")]
    [InlineData("\"theta\": -0.1", "case.json: theta", "must be in [0, 1)")]
    [InlineData("\"minimumFrequency\": 0", "case.json: minimumFrequency", "must be in (0, 1)")]
    [InlineData("\"theta\": 1e400", "case.json: theta", "out of range")]
    [InlineData("\"Theta\": 0.01", "case.json: Theta", "did you mean 'theta'")]
    [InlineData("\"mutations\": {}", "case.json: mutations", "unknown key 'mutations'")]
    [InlineData("\"description\": { \"H3\": \"x\" }", "case.json: description.H3", "unknown key")]
    public void Out_of_range_and_unknown_top_level_keys_are_named(string extra, string place, string fragment) =>
        Errors(Case(extra: extra)).ShouldHaveError(place, fragment);

    [Fact]
    public void The_loaders_errors_are_passed_on_as_they_are()
    {
        var result = KinshipCaseJson.Parse(Case(), "case.json", _ => Result<FrequencyTable>.Failure("tables/t.csv:7", "frequency 'x' is not a number"));

        result.Errors!.ShouldHaveSingleItem().ToString().ShouldBe("tables/t.csv:7: frequency 'x' is not a number");
    }

    [Theory]
    [InlineData("""{ "D3S1358": { "15": 0.5, "16": 0.4 } }""", "case.json: frequencies.D3S1358.15", "sum to 0.9")]
    [InlineData("""{ "D3S1358": { "15": 0.5, "16": "0.5" } }""", "case.json: frequencies.D3S1358.16", "expected a number")]
    [InlineData("""{ "D3S1358": { "15": 1.5 } }""", "case.json: frequencies.D3S1358.15", "greater than 0 and at most 1")]
    [InlineData("""{ "D3S1358": { "1 5": 1 } }""", "case.json: frequencies.D3S1358.1 5", "contains the character")]
    [InlineData("""{ "D3S1358": [0.5, 0.5] }""", "case.json: frequencies.D3S1358", "expected an object of allele")]
    [InlineData("""{ "D3S1358": { "15": 0.5, "15": 0.5 } }""", "case.json: frequencies.D3S1358.15", "appears more than once")]
    [InlineData("""{ }""", "case.json: frequencies", "no markers")]
    public void An_invalid_inline_table_names_marker_and_allele(string frequencies, string place, string fragment) =>
        Errors(Case(frequencies: frequencies)).ShouldHaveError(place, fragment);

    [Fact]
    public void All_errors_are_reported_together()
    {
        var errors = Errors("""
            {
              "frequencies": "t.csv",
              "theta": "zero",
              "mutation": { "model": "equal", "rate": 2 },
              "hypotheses": { "H1": [ { "id": "AF", "sex": "M" }, { "id": "MO", "sex": "F" }, { "id": "CH", "sex": "F", "father": "MO", "mother": "AF" } ] },
              "genotypes": { "AF": { "D3S1358": ["15"] }, "CH": { "D3S1358": ["15", "x y"] } }
            }
            """);

        errors.ShouldHaveError("case.json: theta", "expected a number");
        errors.ShouldHaveError("case.json: mutation.rate", "must be in [0, 1]");
        errors.ShouldHaveError("case.json: hypotheses.H1[2].father", "a father must be Male");
        errors.ShouldHaveError("case.json: hypotheses.H1[2].mother", "a mother must be Female");
        errors.ShouldHaveError("case.json: genotypes.AF.D3S1358", "exactly two alleles");
        errors.ShouldHaveError("case.json: genotypes.CH.D3S1358[1]", "contains the character");
        errors.Length.ShouldBe(6);
    }

    [Fact]
    public void An_invalid_person_is_not_reported_again_as_an_unknown_parent_or_undeclared()
    {
        var errors = Errors(Case(hypotheses: """
            { "H1": [ { "id": "AF", "sex": "Q" }, { "id": "MO", "sex": "F" }, { "id": "CH", "sex": "F", "father": "AF", "mother": "MO" } ] }
            """));

        errors.ShouldHaveSingleItem().ShouldStartWith("case.json: hypotheses.H1[0].sex: ");
    }
}
