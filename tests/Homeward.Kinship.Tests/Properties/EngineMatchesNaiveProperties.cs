using FsCheck.Xunit;

namespace Homeward.Kinship.Tests.Properties;

/// <summary>
/// The engine (peeling, allele-space shortcuts, lumping, θ by Pólya urn, mutation matrices) against
/// the naive enumeration of <see cref="Naive.NaivePedigreeLikelihood"/> on random small cases.
/// </summary>
public sealed class EngineMatchesNaiveProperties
{
    [Property(Arbitrary = [typeof(NaiveScenarios)], MaxTest = 400)]
    public void Likelihoods_and_LR_equal_the_naive_definition(Scenario scenario)
    {
        var result = LikelihoodRatioCalculator.Compute(scenario.ToCase());
        if (!scenario.MutationIsValid())
        {
            result.IsSuccess.ShouldBeFalse("a mutation matrix with entries outside [0, 1] must be refused");
            result.Errors.ShouldContain(e => e.Message.Contains("proportional", StringComparison.Ordinal));
            return;
        }

        var h1 = scenario.NaiveLikelihood(scenario.H1);
        var h2 = scenario.NaiveLikelihood(scenario.H2);
        if (h2 == 0)
        {
            result.IsSuccess.ShouldBeFalse("genotypes impossible under H2 give no LR");
            result.Errors.ShouldContain(e => e.Message.Contains("impossible under H2", StringComparison.Ordinal));
            return;
        }

        result.IsSuccess.ShouldBeTrue(string.Join("; ", result.Errors ?? []));
        var locus = result.Value.Loci.ShouldHaveSingleItem();
        locus.LikelihoodH1.ShouldBeCloseTo(h1, "P(data | H1)");
        locus.LikelihoodH2.ShouldBeCloseTo(h2, "P(data | H2)");
        locus.LikelihoodRatio.ShouldBeCloseTo(h1 / h2, "LR at the marker");
        result.Value.LikelihoodRatio.ShouldBeCloseTo(h1 / h2, "LR");
    }
}
