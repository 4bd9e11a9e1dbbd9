namespace Homeward.Kinship;

/// <summary>The likelihood ratio of a case, per marker and combined.</summary>
public sealed class LikelihoodRatioResult
{
    internal LikelihoodRatioResult(IReadOnlyList<MarkerLikelihoodRatio> loci, IReadOnlyList<string> warnings)
    {
        Loci = loci;
        Warnings = warnings;
        var log10 = 0.0;
        var zero = false;
        foreach (var locus in loci)
        {
            if (locus.LikelihoodRatio == 0)
            {
                zero = true;
            }
            else
            {
                log10 += Math.Log10(locus.LikelihoodRatio);
            }
        }

        Log10LikelihoodRatio = zero ? null : log10;
        LikelihoodRatio = zero ? 0 : Math.Pow(10, log10);
        if (!zero)
        {
            // The direct product is exact to the last bit where it does not overflow; prefer it.
            var product = 1.0;
            foreach (var locus in loci)
            {
                product *= locus.LikelihoodRatio;
            }

            if (double.IsFinite(product) && product > 0)
            {
                LikelihoodRatio = product;
            }
        }
    }

    /// <summary>The product over markers; 0 when any marker excludes.</summary>
    public double LikelihoodRatio { get; }

    /// <summary>log10 of the LR, or null when the LR is 0.</summary>
    public double? Log10LikelihoodRatio { get; }

    /// <summary>The markers evaluated, in frequency-table order.</summary>
    public IReadOnlyList<MarkerLikelihoodRatio> Loci { get; }

    /// <summary>What the user should know: aliases matched, alleles added, markers skipped.</summary>
    public IReadOnlyList<string> Warnings { get; }
}

/// <summary>One marker's contribution.</summary>
/// <param name="Marker">The marker name as the genotypes spell it.</param>
/// <param name="LikelihoodH1">P(genotypes at this marker | H1).</param>
/// <param name="LikelihoodH2">P(genotypes at this marker | H2).</param>
public sealed record MarkerLikelihoodRatio(string Marker, double LikelihoodH1, double LikelihoodH2)
{
    /// <summary>The marker's likelihood ratio.</summary>
    public double LikelihoodRatio => LikelihoodH1 / LikelihoodH2;
}
