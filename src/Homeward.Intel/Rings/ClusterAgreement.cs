namespace Homeward.Intel.Rings;

/// <summary>Agreement of a predicted partition with the truth: adjusted Rand index (Hubert and Arabie
/// 1985) and purity.</summary>
public static class ClusterAgreement
{
    /// <summary>The adjusted Rand index of two labelings of the same items (1 = identical, about 0 = chance).</summary>
    public static double AdjustedRandIndex(IReadOnlyList<string> truth, IReadOnlyList<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predicted);
        var n = truth.Count;
        var cells = new Dictionary<(string, string), long>();
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        var cols = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            cells[(truth[i], predicted[i])] = cells.GetValueOrDefault((truth[i], predicted[i])) + 1;
            rows[truth[i]] = rows.GetValueOrDefault(truth[i]) + 1;
            cols[predicted[i]] = cols.GetValueOrDefault(predicted[i]) + 1;
        }

        static double Pairs(long k) => k * (k - 1) / 2.0;
        var index = cells.Values.Sum(Pairs);
        var a = rows.Values.Sum(Pairs);
        var b = cols.Values.Sum(Pairs);
        var expected = a * b / Pairs(n);
        var max = (a + b) / 2;
        return max - expected == 0 ? 1 : (index - expected) / (max - expected);
    }

    /// <summary>Purity: the share of items whose predicted cluster's majority truth label is theirs.</summary>
    public static double Purity(IReadOnlyList<string> truth, IReadOnlyList<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predicted);
        var majority = Enumerable.Range(0, truth.Count)
            .GroupBy(i => predicted[i], StringComparer.Ordinal)
            .Sum(g => g.GroupBy(i => truth[i], StringComparer.Ordinal).Max(t => t.Count()));
        return truth.Count == 0 ? 1 : (double)majority / truth.Count;
    }
}
