namespace Homeward.Registry.Evidence;

/// <summary>
/// Combines the evidence: posterior odds = prior odds × LR_DNA × Π LR_descriptive (the pieces are
/// treated as independent given either hypothesis), computed in log10 so that very large DNA LRs do
/// not overflow.
/// </summary>
public static class MatchPosterior
{
    /// <summary>
    /// The prior odds that a found child belongs to one particular report among <paramref name="reports"/>:
    /// p = π/N, odds = p/(1 − p). With π = 1 (the child's family is in the database) this is 1/(N − 1).
    /// </summary>
    /// <param name="reports">N, the number of open reports searched (≥ 1).</param>
    /// <param name="probabilityFamilyInDatabase">π, the probability that the child's family reported at all (default 1; lower it for older cases).</param>
    public static double PriorOdds(int reports, double probabilityFamilyInDatabase = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(reports, 1);
        if (!(probabilityFamilyInDatabase is > 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(probabilityFamilyInDatabase), probabilityFamilyInDatabase, "π must be in (0, 1]");
        }

        var p = probabilityFamilyInDatabase / reports;
        return p >= 1 ? double.PositiveInfinity : p / (1 - p);
    }

    /// <summary>The product of descriptive LRs (0 when any is 0).</summary>
    public static double DescriptiveLr(IEnumerable<EvidenceFactor> factors)
    {
        ArgumentNullException.ThrowIfNull(factors);
        return factors.Aggregate(1.0, (product, f) => product * f.LikelihoodRatio);
    }

    /// <summary>log10 of the posterior odds, or −∞ when any LR is 0.</summary>
    public static double Log10PosteriorOdds(double priorOdds, double dnaLr, IEnumerable<EvidenceFactor> factors)
    {
        ArgumentNullException.ThrowIfNull(factors);
        if (double.IsNaN(priorOdds) || priorOdds < 0 || double.IsNaN(dnaLr) || dnaLr < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(priorOdds), "odds and LRs must be ≥ 0");
        }

        var lrs = factors.Select(f => f.LikelihoodRatio).Prepend(dnaLr).Prepend(priorOdds).ToArray();
        return lrs.Any(x => x == 0) ? double.NegativeInfinity : lrs.Sum(Math.Log10);
    }

    /// <summary>The posterior probability of H1.</summary>
    public static double Probability(double priorOdds, double dnaLr, IEnumerable<EvidenceFactor> factors)
    {
        var log10Odds = Log10PosteriorOdds(priorOdds, dnaLr, factors);
        return double.IsNegativeInfinity(log10Odds) ? 0 : 1 / (1 + Math.Pow(10, -log10Odds));
    }
}
