using Homeward.Kinship;

namespace Homeward.Cli.Demo;

/// <summary>
/// Counts the Mendelian-inconsistent loci of a case: the markers whose genotypes are impossible
/// under H1 without mutation. With a mutation model in the case the LR is computed again without it.
/// </summary>
internal static class Inconsistencies
{
    /// <summary>The markers, or null when the case cannot be computed without mutation.</summary>
    public static IReadOnlyList<string>? Find(KinshipCase kinshipCase, LikelihoodRatioResult result)
    {
        var mutation = kinshipCase.Mutation;
        if (mutation.Default.Male.IsNone && mutation.Default.Female.IsNone && !mutation.OverriddenMarkerKeys.Any())
        {
            return Impossible(result);
        }

        var withoutMutation = new KinshipCase(
            kinshipCase.Frequencies, kinshipCase.H1, kinshipCase.H2, kinshipCase.Genotypes,
            kinshipCase.Theta, MutationSettings.None, kinshipCase.MinimumFrequency);
        var computed = LikelihoodRatioCalculator.Compute(withoutMutation);
        return computed.IsSuccess ? Impossible(computed.Value) : null;
    }

    private static List<string> Impossible(LikelihoodRatioResult result) =>
        result.Loci.Where(l => l.LikelihoodH1 == 0).Select(l => l.Marker).ToList();
}
