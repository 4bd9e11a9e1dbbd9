namespace Homeward.Kinship.Tests.Properties;

/// <summary>The engine's likelihood of one pedigree, through the public calculator.</summary>
internal static class EngineLikelihood
{
    /// <summary>
    /// P(genotypes | <paramref name="persons"/>) as the calculator computes it (H2 is the typed
    /// persons unrelated, which is never impossible), or null when the calculator refuses the case.
    /// </summary>
    public static double? Of(Scenario scenario, IReadOnlyList<PersonSpec> persons)
    {
        var result = LikelihoodRatioCalculator.Compute(scenario.ToCase(persons, scenario.TypedUnrelated()));
        return result.IsSuccess ? result.Value.Loci.Single().LikelihoodH1 : null;
    }
}
