using static Homeward.Cli.Tests.Parsing.CaseJson;

namespace Homeward.Cli.Tests.Parsing;

/// <summary>The three shapes of "mutation" and their errors.</summary>
public sealed class MutationJsonTests
{
    [Fact]
    public void One_model_applies_to_both_sexes_and_every_marker()
    {
        var parsed = Valid(WithMutation("""{ "model": "StepWise", "rate": 0.002, "rate2": 0.000001, "range": 0.5 }"""));

        parsed.Mutation.For("D3S1358").Male.Name.ShouldBe("stepwise");
        parsed.Mutation.For("vWA").Female.Name.ShouldBe("stepwise");
    }

    [Fact]
    public void Male_and_female_models_differ()
    {
        var parsed = Valid(WithMutation("""{ "male": { "model": "equal", "rate": 0.003 }, "female": { "model": "proportional", "rate": 0.001 } }"""));

        parsed.Mutation.Default.Male.Name.ShouldBe("equal");
        parsed.Mutation.Default.Female.Name.ShouldBe("proportional");
    }

    [Fact]
    public void Per_marker_models_may_be_per_sex_and_have_a_default()
    {
        var parsed = Valid(WithMutation("""
            {
              "default": { "model": "onestep", "rate": 0.001 },
              "D3S1358": { "male": { "model": "equal", "rate": 0.003 }, "female": { "model": "none" } },
              "VWA": { "model": "none" } }
            """));

        parsed.Mutation.For("D3S1358").Male.Name.ShouldBe("equal");
        parsed.Mutation.For("D3S1358").Female.Name.ShouldBe("none");
        parsed.Mutation.For("vWA").Male.Name.ShouldBe("none");
        parsed.Mutation.For("FGA").Male.Name.ShouldBe("onestep");
    }

    [Theory]
    [InlineData("""{ "model": "equal", "rate": 1.5 }""", "case.json: mutation.rate", "must be in [0, 1]")]
    [InlineData("""{ "model": "equal", "rate": -0.1 }""", "case.json: mutation.rate", "must be in [0, 1]")]
    [InlineData("""{ "model": "stepwise", "rate": 0.002, "rate2": 2, "range": 0.5 }""", "case.json: mutation.rate2", "must be in [0, 1]")]
    [InlineData("""{ "model": "stepwise", "rate": 0.002, "rate2": 0.01, "range": 0 }""", "case.json: mutation.range", "greater than 0")]
    [InlineData("""{ "male": { "model": "onestep", "rate": 7 }, "female": { "model": "none" } }""", "case.json: mutation.male.rate", "must be in [0, 1]")]
    [InlineData("""{ "D3S1358": { "model": "proportional", "rate": 1.01 } }""", "case.json: mutation.D3S1358.rate", "must be in [0, 1]")]
    [InlineData("""{ "vWA": { "female": { "model": "equal", "rate": 3 }, "male": { "model": "none" } } }""", "case.json: mutation.vWA.female.rate", "must be in [0, 1]")]
    public void A_rate_outside_0_1_names_its_key(string mutation, string place, string fragment) =>
        Errors(WithMutation(mutation)).ShouldHaveError(place, fragment);

    [Fact]
    public void Stepwise_without_rate2_and_range_names_both()
    {
        var errors = Errors(WithMutation("""{ "model": "stepwise", "rate": 0.002 }"""));

        errors.ShouldHaveError("case.json: mutation.rate2", "missing");
        errors.ShouldHaveError("case.json: mutation.range", "missing");
    }

    [Fact]
    public void Rate_and_rate2_together_above_1_are_rejected_by_the_model() =>
        Errors(WithMutation("""{ "model": "stepwise", "rate": 0.6, "rate2": 0.6, "range": 0.5 }"""))
            .ShouldHaveError("case.json: mutation", "rate + rate2");

    [Theory]
    [InlineData("""{ "model": "bogus", "rate": 0.1 }""", "case.json: mutation.model", "unknown mutation model 'bogus'")]
    [InlineData("""{ "model": "equal" }""", "case.json: mutation.rate", "missing")]
    [InlineData("""{ "model": "equal", "rate": "0.1" }""", "case.json: mutation.rate", "expected a number")]
    [InlineData("""{ "model": "equal", "rate": 0.1, "range": 0.5 }""", "case.json: mutation.range", "does not apply to the equal model")]
    [InlineData("""{ "model": "none", "Rate": 0.1 }""", "case.json: mutation.Rate", "did you mean 'rate'")]
    [InlineData("""{ "male": { "model": "equal", "rate": 0.1 } }""", "case.json: mutation.female", "missing")]
    [InlineData("""{ "D3S1358": 0.002 }""", "case.json: mutation.D3S1358", "expected a mutation model")]
    [InlineData("""{ "D3S1358": { "model": "none" }, "d3s1358": { "model": "none" } }""", "case.json: mutation.d3s1358", "same marker as 'D3S1358'")]
    [InlineData("""{ "FGA": { "model": "none" } }""", "case.json: mutation.FGA", "not in the frequency table")]
    [InlineData("""[ "stepwise" ]""", "case.json: mutation", "expected")]
    public void Malformed_models_name_their_key(string mutation, string place, string fragment) =>
        Errors(WithMutation(mutation)).ShouldHaveError(place, fragment);

    private static string WithMutation(string mutation) => Case(extra: $"\"mutation\": {mutation}");
}
