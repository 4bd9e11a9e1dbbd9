namespace Homeward.Cli.Load;

/// <summary>Percentiles of measured latencies (nearest rank), in milliseconds.</summary>
internal sealed record LatencySummary(long Count, double P50Ms, double P90Ms, double P99Ms, double MaxMs)
{
    /// <summary>Summarises latencies given in <see cref="System.Diagnostics.Stopwatch"/> ticks; sorts the array.</summary>
    public static LatencySummary FromTicks(long[] ticks)
    {
        ArgumentNullException.ThrowIfNull(ticks);
        if (ticks.Length == 0)
        {
            return new LatencySummary(0, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        Array.Sort(ticks);
        return new LatencySummary(ticks.Length, Milliseconds(Rank(ticks, 0.50)), Milliseconds(Rank(ticks, 0.90)), Milliseconds(Rank(ticks, 0.99)), Milliseconds(ticks[^1]));
    }

    /// <summary>The nearest-rank percentile of sorted values: the smallest value with at least <paramref name="p"/> of the values at or below it.</summary>
    internal static long Rank(long[] sorted, double p)
    {
        var rank = (int)Math.Ceiling(p * sorted.Length);
        return sorted[Math.Clamp(rank, 1, sorted.Length) - 1];
    }

    private static double Milliseconds(long ticks) => ticks * 1000.0 / System.Diagnostics.Stopwatch.Frequency;
}
