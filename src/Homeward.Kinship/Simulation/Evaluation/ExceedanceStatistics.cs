namespace Homeward.Kinship.Simulation.Evaluation;

/// <summary>
/// Statistics of simulated log10 LRs, all on values sorted ascending (−∞ for an LR of 0).
/// </summary>
internal static class ExceedanceStatistics
{
    /// <summary>
    /// The p-quantile with linear interpolation between order statistics (R's type 7); −∞ when the
    /// lower neighbour is −∞.
    /// </summary>
    public static double Quantile(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        var frac = h - lo;
        if (frac == 0 || double.IsNegativeInfinity(sorted[lo]))
        {
            return sorted[lo];
        }

        return sorted[lo] + (frac * (sorted[hi] - sorted[lo]));
    }

    /// <summary>The fraction of values at or above <paramref name="log10Threshold"/>.</summary>
    public static double Rate(ReadOnlySpan<double> sorted, double log10Threshold) =>
        sorted.Length == 0 ? double.NaN : (double)(sorted.Length - FirstAtOrAbove(sorted, log10Threshold)) / sorted.Length;

    /// <summary>
    /// P(LR ≥ t | unrelated) estimated from pairs simulated as related, by importance sampling:
    /// P₂(LR ≥ t) = E₁[1{LR ≥ t} / LR] (exact for t &gt; 0, since P₂(x) = P₁(x) / LR(x) wherever
    /// LR(x) &gt; 0). Far more precise in the tail than counting unrelated pairs, which cannot see
    /// rates below 1 / (number of pairs).
    /// </summary>
    public static double UnrelatedRateFromRelated(ReadOnlySpan<double> sortedRelated, double log10Threshold)
    {
        if (sortedRelated.Length == 0)
        {
            return double.NaN;
        }

        var sum = 0.0;
        for (var i = sortedRelated.Length - 1; i >= 0 && sortedRelated[i] >= log10Threshold; i--)
        {
            sum += Math.Pow(10, -sortedRelated[i]);
        }

        return sum / sortedRelated.Length;
    }

    /// <summary>
    /// The smallest log10 LR threshold t at which the expected number of chance matches per query,
    /// <paramref name="databaseSize"/> × P(LR ≥ t | unrelated), is at most one; an LR strictly above
    /// the returned value meets it. P is taken as the larger of two estimates: the count among the
    /// unrelated pairs (reliable where the rate is well above 1/K) and the importance-sampling
    /// estimate from the related pairs (reliable in the tail, but blind to the low LRs that related
    /// pairs never reach). Never below 0 (LR 1): a match needs the evidence to favour relatedness,
    /// and below LR 1 neither estimate can be checked with a feasible number of pairs. Null when the
    /// related pairs are too few to tell (the threshold lies above all of them).
    /// </summary>
    public static double? Log10ThresholdForOneFalseMatch(ReadOnlySpan<double> sortedRelated, ReadOnlySpan<double> sortedUnrelated, double databaseSize)
    {
        var fromRelated = ImportanceThreshold(sortedRelated, databaseSize);
        if (fromRelated is null)
        {
            return null;
        }

        if (sortedUnrelated.Length == 0)
        {
            return Math.Max(fromRelated.Value, 0);
        }

        // At most m = ⌊K/D⌋ unrelated pairs may reach t.
        var k = sortedUnrelated.Length;
        var allowed = Math.Floor(k / databaseSize);
        var fromUnrelated = allowed >= k ? double.NegativeInfinity : sortedUnrelated[k - (int)allowed - 1];
        return Math.Max(Math.Max(fromRelated.Value, fromUnrelated), 0);
    }

    private static double? ImportanceThreshold(ReadOnlySpan<double> sortedRelated, double databaseSize)
    {
        // Suffix sums S_j = (1/K) Σ_{i ≥ j} 1/LR_i; for t in (v_{j-1}, v_j] the estimate is S_j.
        var k = sortedRelated.Length;
        if (k == 0)
        {
            return null;
        }

        var suffix = new double[k + 1];
        for (var i = k - 1; i >= 0; i--)
        {
            suffix[i] = suffix[i + 1] + (double.IsNegativeInfinity(sortedRelated[i]) ? 0 : Math.Pow(10, -sortedRelated[i]) / k);
        }

        for (var j = 0; j < k; j++)
        {
            if (databaseSize * suffix[j] <= 1)
            {
                return j == 0 ? double.NegativeInfinity : sortedRelated[j - 1];
            }
        }

        return null;
    }

    private static int FirstAtOrAbove(ReadOnlySpan<double> sorted, double value)
    {
        var lo = 0;
        var hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
