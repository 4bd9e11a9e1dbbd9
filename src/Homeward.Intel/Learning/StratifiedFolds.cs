namespace Homeward.Intel.Learning;

/// <summary>Stratified k-fold assignment: within each stratum (a label), items are shuffled with a seeded
/// generator and dealt to the folds in turn, continuing where the previous stratum stopped, so every fold
/// holds each stratum's share (±1) and the folds differ in size by at most one.</summary>
public static class StratifiedFolds
{
    /// <summary>The fold (0 … k − 1) of every item.</summary>
    /// <param name="strata">The stratum of each item (its label).</param>
    /// <param name="k">Number of folds (at least 2).</param>
    /// <param name="seed">Seed of the shuffle.</param>
    public static int[] Assign(IReadOnlyList<string> strata, int k, int seed)
    {
        ArgumentNullException.ThrowIfNull(strata);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 2);
        var random = new Random(seed);
        var folds = new int[strata.Count];
        var next = 0;
        var groups = Enumerable.Range(0, strata.Count)
            .GroupBy(i => strata[i], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var members = group.ToArray();
            random.Shuffle(members);
            foreach (var item in members)
            {
                folds[item] = next;
                next = (next + 1) % k;
            }
        }

        return folds;
    }
}
