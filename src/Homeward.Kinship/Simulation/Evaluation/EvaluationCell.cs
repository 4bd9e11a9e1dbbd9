using System.Collections.Immutable;

namespace Homeward.Kinship.Simulation.Evaluation;

/// <summary>
/// The figures for one relationship on one marker panel: the simulated log10 LRs of related and
/// unrelated pairs and what follows from them. log10 LR is −∞ where the LR is 0.
/// </summary>
public sealed class EvaluationCell
{
    /// <summary>The quantile levels reported.</summary>
    public static ImmutableArray<double> QuantileLevels { get; } = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];

    internal EvaluationCell(
        Relationship relationship, MarkerSet panel, int markerCount, double[] related, double[] unrelated,
        IReadOnlyList<double> thresholds, long databaseSize)
    {
        Relationship = relationship;
        Panel = panel;
        MarkerCount = markerCount;
        Array.Sort(related);
        Array.Sort(unrelated);
        RelatedLog10 = [.. related];
        UnrelatedLog10 = [.. unrelated];
        Quantiles = [.. QuantileLevels.Select(p => new Log10Quantile(
            p, ExceedanceStatistics.Quantile(related, p), ExceedanceStatistics.Quantile(unrelated, p)))];
        Thresholds = [.. thresholds.Select(t =>
        {
            var log10 = Math.Log10(t);
            var direct = ExceedanceStatistics.Rate(unrelated, log10);
            var estimated = ExceedanceStatistics.UnrelatedRateFromRelated(related, log10);
            return new ThresholdRates(t, ExceedanceStatistics.Rate(related, log10), direct, estimated, databaseSize * direct, databaseSize * estimated);
        })];
        Log10ThresholdForOneFalseMatch = ExceedanceStatistics.Log10ThresholdForOneFalseMatch(related, unrelated, databaseSize);
        RelatedRateAboveThreshold = Log10ThresholdForOneFalseMatch is { } x
            ? (double)related.Count(v => v > x) / related.Length
            : null;
    }

    /// <summary>The relationship.</summary>
    public Relationship Relationship { get; }

    /// <summary>The marker panel.</summary>
    public MarkerSet Panel { get; }

    /// <summary>The number of markers typed.</summary>
    public int MarkerCount { get; }

    /// <summary>log10 LR of the pairs simulated as related, ascending.</summary>
    public ImmutableArray<double> RelatedLog10 { get; }

    /// <summary>log10 LR of the pairs simulated as unrelated, ascending.</summary>
    public ImmutableArray<double> UnrelatedLog10 { get; }

    /// <summary>Quantiles of log10 LR at <see cref="QuantileLevels"/>.</summary>
    public ImmutableArray<Log10Quantile> Quantiles { get; }

    /// <summary>Exceedance rates and expected false matches per threshold.</summary>
    public ImmutableArray<ThresholdRates> Thresholds { get; }

    /// <summary>
    /// An LR strictly above 10^this keeps the expected chance matches per query at the database size
    /// at or below one (the larger of the unrelated-pair count and the importance-sampling estimate
    /// from related pairs), never below 0 (LR 1); null when the simulated pairs are too few to tell.
    /// It is an estimate: with K pairs, rates far below 1/K are seen only through the related pairs,
    /// so trust it where it is above about D/K. LR ≥ D always suffices, since the mean LR of
    /// unrelated pairs is at most 1.
    /// </summary>
    public double? Log10ThresholdForOneFalseMatch { get; }

    /// <summary>The share of related pairs whose LR exceeds that threshold (the power of the search), or null.</summary>
    public double? RelatedRateAboveThreshold { get; }
}

/// <summary>One quantile of log10 LR.</summary>
/// <param name="Level">The level p, e.g. 0.5 for the median.</param>
/// <param name="Related">The quantile among related pairs.</param>
/// <param name="Unrelated">The quantile among unrelated pairs.</param>
public sealed record Log10Quantile(double Level, double Related, double Unrelated);

/// <summary>What happens at one LR threshold t.</summary>
/// <param name="Threshold">t.</param>
/// <param name="RelatedRate">The share of related pairs with LR ≥ t.</param>
/// <param name="UnrelatedRate">The share of simulated unrelated pairs with LR ≥ t (0 says only "below 1/K").</param>
/// <param name="UnrelatedRateFromRelated">P(LR ≥ t | unrelated) estimated from the related pairs by importance sampling.</param>
/// <param name="ExpectedFalseMatches">Database size × <paramref name="UnrelatedRate"/>: expected chance matches per query.</param>
/// <param name="ExpectedFalseMatchesFromRelated">Database size × <paramref name="UnrelatedRateFromRelated"/>.</param>
public sealed record ThresholdRates(
    double Threshold, double RelatedRate, double UnrelatedRate, double UnrelatedRateFromRelated,
    double ExpectedFalseMatches, double ExpectedFalseMatchesFromRelated);

/// <summary>The outcome of <see cref="KinshipEvaluator.Evaluate"/>.</summary>
/// <param name="Options">The options evaluated.</param>
/// <param name="Cells">One cell per relationship and panel, relationships outermost.</param>
public sealed record KinshipEvaluation(KinshipEvaluationOptions Options, ImmutableArray<EvaluationCell> Cells);
