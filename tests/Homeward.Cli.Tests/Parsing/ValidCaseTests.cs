using Homeward.Kinship;
using static Homeward.Cli.Tests.Parsing.CaseJson;

namespace Homeward.Cli.Tests.Parsing;

/// <summary>What a valid case becomes, and the spellings the format accepts.</summary>
public sealed class ValidCaseTests
{
    [Fact]
    public void A_trio_case_parses_into_pedigrees_and_genotypes()
    {
        var parsed = Valid(Case());

        parsed.H1.Persons.Select(p => p.Id).ShouldBe(["AF", "MO", "CH"]);
        parsed.H1.Fathers[2].ShouldBe(0);
        parsed.H1.Mothers[2].ShouldBe(1);
        parsed.Genotypes["CH"]["D3S1358"].ShouldBe(Genotype.Parse("15/17"));
        parsed.Theta.ShouldBe(0);
        parsed.MinimumFrequency.ShouldBeNull();
        parsed.Mutation.Default.Male.IsNone.ShouldBeTrue();
        parsed.Frequencies.Source.ShouldBe("t.csv");
    }

    [Fact]
    public void Without_H2_the_persons_of_H1_are_unrelated()
    {
        var parsed = Valid(Case());

        parsed.H2.Persons.Select(p => p.Id).ShouldBe(["AF", "MO", "CH"]);
        parsed.H2.Fathers.ShouldAllBe(f => f == -1);
    }

    [Fact]
    public void An_explicit_H2_is_used()
    {
        var parsed = Valid(Case(hypotheses: """
            { "H1": [ { "id": "AF", "sex": "M" }, { "id": "MO", "sex": "F" }, { "id": "CH", "sex": "F", "father": "AF", "mother": "MO" } ],
              "H2": [ { "id": "AF", "sex": "M" }, { "id": "X", "sex": "M" }, { "id": "MO", "sex": "F" }, { "id": "CH", "sex": "F", "father": "X", "mother": "MO" } ] }
            """));

        parsed.H2.Persons.Select(p => p.Id).ShouldBe(["AF", "X", "MO", "CH"]);
        parsed.H2.Fathers[3].ShouldBe(1);
    }

    [Theory]
    [InlineData("\"M\"", Sex.Male)]
    [InlineData("\"m\"", Sex.Male)]
    [InlineData("\"Male\"", Sex.Male)]
    [InlineData("1", Sex.Male)]
    [InlineData("\"F\"", Sex.Female)]
    [InlineData("\"FEMALE\"", Sex.Female)]
    [InlineData("2", Sex.Female)]
    [InlineData("\"U\"", Sex.Unknown)]
    [InlineData("\"unknown\"", Sex.Unknown)]
    [InlineData("0", Sex.Unknown)]
    public void Sex_accepts_letters_words_and_numbers(string json, Sex expected)
    {
        var parsed = Valid(Case(hypotheses: $$"""{ "H1": [ { "id": "AF", "sex": "M" }, { "id": "CH", "sex": {{json}} } ] }"""));

        parsed.H1.Persons[1].Sex.ShouldBe(expected);
    }

    [Fact]
    public void Alleles_may_be_numbers_or_strings()
    {
        var parsed = Valid(Case(genotypes: """{ "AF": { "D3S1358": [15, 16.0] }, "CH": { "D3S1358": ["15", 9.3], "vWA": ["OL", 17] } }"""));

        parsed.Genotypes["AF"]["D3S1358"].ShouldBe(Genotype.Parse("15/16"));
        parsed.Genotypes["CH"]["D3S1358"].ShouldBe(Genotype.Parse("9.3/15"));
        parsed.Genotypes["CH"]["vWA"].ToString().ShouldBe("17/OL");
    }

    [Fact]
    public void Optional_keys_given_as_null_take_their_defaults()
    {
        var parsed = Valid(Case(
            hypotheses: """{ "H1": [ { "id": "AF", "sex": "M" }, { "id": "CH", "sex": "F", "father": null, "mother": null } ], "H2": null }""",
            extra: "\"theta\": null, \"minimumFrequency\": null, \"mutation\": null, \"title\": null, \"description\": null"));

        parsed.Theta.ShouldBe(0);
        parsed.MinimumFrequency.ShouldBeNull();
        parsed.Mutation.Default.Male.IsNone.ShouldBeTrue();
        parsed.H2.Count.ShouldBe(2);
    }

    [Fact]
    public void Theta_and_minimum_frequency_are_read()
    {
        var parsed = Valid(Case(extra: "\"theta\": 0.01, \"minimumFrequency\": 0.001"));

        parsed.Theta.ShouldBe(0.01);
        parsed.MinimumFrequency.ShouldBe(0.001);
    }

    [Fact]
    public void Comments_trailing_commas_a_byte_order_mark_title_and_description_are_accepted()
    {
        var json = "\uFEFF" + Case(extra: """
            // a note for the analyst
            "title": "Trio", "description": { "H1": "AF is the father", "H2": "unrelated", },
            """.TrimEnd().TrimEnd(','));

        Valid(json).H1.Count.ShouldBe(3);
    }

    [Fact]
    public void An_inline_frequency_table_is_built_and_named_after_the_case()
    {
        var parsed = Valid(Case(frequencies: """{ "D3S1358": { "15": 0.5, "16": 0.25, "17": 0.25 } }"""));

        parsed.Frequencies.Source.ShouldBe("case.json: frequencies");
        parsed.Frequencies.Markers.Single().Count.ShouldBe(3);
    }

    [Fact]
    public void The_frequencies_path_is_given_to_the_loader_as_written()
    {
        string? asked = null;
        var result = KinshipCaseJson.Parse(Case(frequencies: "\"tables/../t.csv\""), "case.json", path =>
        {
            asked = path;
            return CaseJson.Table;
        });

        result.IsSuccess.ShouldBeTrue();
        asked.ShouldBe("tables/../t.csv");
    }
}
