namespace Homeward.Intel.Learning;

/// <summary>Counts of a flagging decision against the truth, with precision, recall and F1 of flagging.</summary>
/// <param name="TruePositives">Flagged and should be.</param>
/// <param name="FalsePositives">Flagged and should not be.</param>
/// <param name="FalseNegatives">Not flagged and should be.</param>
/// <param name="TrueNegatives">Not flagged and should not be.</param>
public sealed record FlagCounts(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    /// <summary>Precision (1 when nothing was flagged).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Recall (1 when nothing should be flagged).</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>F1, the harmonic mean of precision and recall (0 when both are 0).</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Counts the decisions.</summary>
    public static FlagCounts Of(IEnumerable<(bool Flagged, bool Truth)> decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        int tp = 0, fp = 0, fn = 0, tn = 0;
        foreach (var (flagged, truth) in decisions)
        {
            _ = (flagged, truth) switch
            {
                (true, true) => tp++,
                (true, false) => fp++,
                (false, true) => fn++,
                _ => tn++,
            };
        }

        return new FlagCounts(tp, fp, fn, tn);
    }
}
