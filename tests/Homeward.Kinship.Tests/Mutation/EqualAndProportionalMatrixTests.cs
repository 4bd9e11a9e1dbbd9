using Homeward.Kinship.Peeling;

namespace Homeward.Kinship.Tests.Mutation;

/// <summary>The equal and proportional models: hand values, lumpability, a rate too high.</summary>
public sealed class EqualAndProportionalMatrixTests
{
    [Fact]
    public void Equal_spreads_the_rate_evenly()
    {
        // r = 0.2, n = 3: diagonal 0.8, every other allele 0.2/2 = 0.1.
        Matrices.Build(MutationModel.Equal(0.2).Value, ["9", "10", "10.3"], [0.2, 0.3, 0.5]).ShouldBe(
        [
            [0.8, 0.1, 0.1],
            [0.1, 0.8, 0.1],
            [0.1, 0.1, 0.8],
        ]);
    }

    [Fact]
    public void Proportional_mutates_towards_frequent_alleles()
    {
        // p = (0.2, 0.3, 0.5): Σ p(1 − p) = 0.16 + 0.21 + 0.25 = 0.62; r = 0.031 → a = 0.05.
        // M[i][j] = 0.05·p_j off the diagonal, M[i][i] = 0.95 + 0.05·p_i.
        Matrices.Build(MutationModel.Proportional(0.031).Value, ["9", "10", "11"], [0.2, 0.3, 0.5]).ShouldBe(
        [
            [0.96, 0.015, 0.025],
            [0.01, 0.965, 0.025],
            [0.01, 0.015, 0.975],
        ]);
    }

    [Fact]
    public void Proportional_at_a_equal_one_draws_afresh_from_the_population()
    {
        // p = (0.5, 0.5): Σ p(1 − p) = 0.5; r = 0.5 → a = 1: every row is the frequencies.
        Matrices.Build(MutationModel.Proportional(0.5).Value, ["9", "10"], [0.5, 0.5]).ShouldBe(
        [
            [0.5, 0.5],
            [0.5, 0.5],
        ]);
    }

    [Fact]
    public void Proportional_with_a_rate_too_high_for_the_frequencies_is_refused()
    {
        // p = (0.02, 0.98): Σ p(1 − p) = 0.0392; r = 0.3 → a ≈ 7.65 and M[0][0] = 1 − a + a·0.02 < 0.
        var built = MutationModel.Proportional(0.3).Value.BuildMatrix(Matrices.Labels("9", "10"), [0.02, 0.98]);
        built.IsSuccess.ShouldBeFalse();
        built.Errors.ShouldHaveSingleItem().Message.ShouldContain("reduce the rate");
    }

    [Fact]
    public void Proportional_with_a_rate_too_high_fails_the_likelihood_ratio_naming_the_marker()
    {
        var table = FrequencyTableReader.FromDictionary(
            [new("TH01", [new("9", 0.02), new("10", 0.98)])], "inline").Value;
        var model = MutationModel.Proportional(0.3).Value;
        var kinshipCase = new KinshipCase(
            table,
            Pedigree.Create([new("F", Sex.Male), new("C", Sex.Male)], "H1").Value,
            null,
            new Dictionary<string, IReadOnlyDictionary<string, Genotype>> { ["F"] = new Dictionary<string, Genotype> { ["TH01"] = Genotype.Parse("9/10") } },
            mutation: new MutationSettings(new SexSpecificMutation(model, model)));
        var result = LikelihoodRatioCalculator.Compute(kinshipCase);
        result.IsSuccess.ShouldBeFalse();
        result.Errors.ShouldAllBe(e => e.Place == "mutation at marker TH01");
    }

    [Theory]
    [InlineData("equal")]
    [InlineData("proportional")]
    public void Equal_and_proportional_are_lumpable(string name)
    {
        // Five alleles, only the first two observed: the other three merge into one allele, and the
        // merged allele's row is the summed row of any of them (for equal r = 0.2, off = 0.05:
        // to itself 0.8 + 2·0.05 = 0.9).
        double[] p = [0.1, 0.2, 0.3, 0.25, 0.15];
        var model = name == "equal" ? MutationModel.Equal(0.2).Value : MutationModel.Proportional(0.2).Value;
        var m = model.BuildMatrix(Matrices.Labels("9", "10", "11", "12", "13"), p).Value;
        var (lumped, map) = AlleleLumping.Lump(new MarkerSystem(p, m, m), [true, true, false, false, false]);
        map.ShouldBe([0, 1, 2, 2, 2]);
        lumped.N.ShouldBe(3);
        lumped.Frequencies.ShouldBe([0.1, 0.2, 0.7], Matrices.Tolerance);
        if (name == "equal")
        {
            lumped.Male.ShouldNotBeNull().ShouldBe([0.8, 0.05, 0.15, 0.05, 0.8, 0.15, 0.05, 0.05, 0.9], Matrices.Tolerance);
        }
    }

    [Fact]
    public void Stepwise_with_unequal_distances_is_not_lumpable()
    {
        // Only 9 observed: 10 and 12 mutate into 9 with different probabilities, so they cannot merge.
        double[] p = [0.25, 0.25, 0.25, 0.25];
        var m = MutationModel.Stepwise(0.1, 0, 0.5).Value.BuildMatrix(Matrices.Labels("9", "10", "11", "12"), p).Value;
        var (lumped, map) = AlleleLumping.Lump(new MarkerSystem(p, m, null), [true, false, false, false]);
        map.ShouldBeNull();
        lumped.N.ShouldBe(4);
    }
}
