namespace Homeward.Kinship.Peeling;

/// <summary>
/// Merges the alleles that nobody carries into one, when the mutation matrices allow it exactly
/// (strong lumpability: every merged allele mutates into each block with the same probability).
/// With no mutation, or the equal and proportional models, this shrinks a 20-allele marker to
/// the few alleles seen plus one; likelihoods are unchanged, with θ too (a Dirichlet aggregates).
/// </summary>
internal static class AlleleLumping
{
    private const double Tolerance = 1e-13;

    /// <summary>
    /// Returns the lumped system and the map from old allele index to new, or the input itself
    /// (and null) when lumping is impossible or pointless.
    /// </summary>
    public static (MarkerSystem System, int[]? Map) Lump(MarkerSystem system, bool[] observed)
    {
        var n = system.N;
        var unobserved = 0;
        for (var i = 0; i < n; i++)
        {
            unobserved += observed[i] ? 0 : 1;
        }

        if (unobserved < 2)
        {
            return (system, null);
        }

        var map = new int[n];
        var next = 0;
        for (var i = 0; i < n; i++)
        {
            map[i] = observed[i] ? next++ : -1;
        }

        var lump = next;
        for (var i = 0; i < n; i++)
        {
            if (map[i] < 0)
            {
                map[i] = lump;
            }
        }

        var size = lump + 1;
        var male = LumpMatrix(system.Male, map, n, size);
        var female = LumpMatrix(system.Female, map, n, size);
        if ((system.Male is not null && male is null) || (system.Female is not null && female is null))
        {
            return (system, null);
        }

        var frequencies = new double[size];
        for (var i = 0; i < n; i++)
        {
            frequencies[map[i]] += system.Frequencies[i];
        }

        return (new MarkerSystem(frequencies, male, female), map);
    }

    private static double[]? LumpMatrix(double[]? matrix, int[] map, int n, int size)
    {
        if (matrix is null)
        {
            return null;
        }

        var lumped = new double[size * size];
        var representativeSet = new bool[size];
        var row = new double[size];
        for (var i = 0; i < n; i++)
        {
            Array.Clear(row);
            for (var j = 0; j < n; j++)
            {
                row[map[j]] += matrix[(i * n) + j];
            }

            var block = map[i];
            if (!representativeSet[block])
            {
                representativeSet[block] = true;
                Array.Copy(row, 0, lumped, block * size, size);
                continue;
            }

            for (var b = 0; b < size; b++)
            {
                var existing = lumped[(block * size) + b];
                if (Math.Abs(existing - row[b]) > Tolerance * Math.Max(1, Math.Abs(existing)))
                {
                    return null;
                }
            }
        }

        return lumped;
    }
}
