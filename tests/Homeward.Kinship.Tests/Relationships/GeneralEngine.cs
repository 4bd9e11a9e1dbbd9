namespace Homeward.Kinship.Tests.Relationships;

/// <summary>The reference: <see cref="LikelihoodRatioCalculator"/> on explicit pedigrees.</summary>
internal static class GeneralEngine
{
    public static double LikelihoodRatio(
        FrequencyTable table, MutationSettings mutation, Pedigree h1, Pedigree? h2,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, Genotype>> genotypes)
    {
        var result = LikelihoodRatioCalculator.Compute(new KinshipCase(table, h1, h2, genotypes, 0, mutation));
        result.IsSuccess.ShouldBeTrue(string.Join("; ", result.Errors ?? []));
        return result.Value.LikelihoodRatio;
    }

    /// <summary>The likelihood ratio, or null when the genotypes are impossible under H2.</summary>
    public static double? LikelihoodRatioUnlessH2Impossible(
        FrequencyTable table, MutationSettings mutation, Pedigree h1, Pedigree? h2,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, Genotype>> genotypes)
    {
        var result = LikelihoodRatioCalculator.Compute(new KinshipCase(table, h1, h2, genotypes, 0, mutation));
        if (!result.IsSuccess && result.Errors.All(e => e.Message.Contains("impossible under H2", StringComparison.Ordinal)))
        {
            return null;
        }

        result.IsSuccess.ShouldBeTrue(string.Join("; ", result.Errors ?? []));
        return result.Value.LikelihoodRatio;
    }

    /// <summary>One marker's genotypes of the given persons; null genotypes are left out (untyped).</summary>
    public static Dictionary<string, IReadOnlyDictionary<string, Genotype>> Typed(string marker, params (string Person, Genotype? Genotype)[] persons) =>
        persons.Where(p => p.Genotype is not null).ToDictionary(
            p => p.Person,
            p => (IReadOnlyDictionary<string, Genotype>)new Dictionary<string, Genotype> { [marker] = p.Genotype!.Value });

    public static void ShouldBeClose(double actual, double expected, string because, double tolerance = 1e-9)
    {
        // Shouldly orders NaN below every number, so rule it out first.
        double.IsNaN(actual).ShouldBeFalse(because);
        if (expected == 0)
        {
            actual.ShouldBe(0, because);
            return;
        }

        (Math.Abs(actual - expected) / Math.Abs(expected)).ShouldBeLessThan(tolerance, $"{because}: expected {expected:R}, got {actual:R}");
    }
}
