using System.Globalization;

namespace Homeward.Kinship.Tests.Naive;

/// <summary>
/// The mutation matrices M[i, j] = P(parent allele i is transmitted as j) written straight from the
/// definitions of DESIGN.md §3, sharing no code with the engine: allele values are parsed here (as
/// decimals, so 10.3 − 9.3 is exactly 1), microvariant groups are the decimal parts.
/// "None" is the identity. The matrix is returned as defined even when an entry leaves [0, 1]
/// (proportional with a rate too high); <see cref="IsStochastic"/> says whether it is usable.
/// </summary>
internal static class NaiveMutationMatrix
{
    public static double[,] Build(MutationSpec spec, IReadOnlyList<AlleleLabel> alleles, IReadOnlyList<double> frequencies)
    {
        var n = alleles.Count;
        var m = new double[n, n];
        switch (spec.Kind)
        {
            case MutationKind.None:
                for (var i = 0; i < n; i++)
                {
                    m[i, i] = 1;
                }

                break;

            case MutationKind.Equal:
                // M[i][i] = 1 − r, M[i][j] = r / (n − 1).
                for (var i = 0; i < n; i++)
                {
                    for (var j = 0; j < n; j++)
                    {
                        m[i, j] = i == j ? 1 - spec.Rate : spec.Rate / (n - 1);
                    }
                }

                break;

            case MutationKind.Proportional:
                // a = r / Σ p_k(1 − p_k); M = (1 − a)·I + a·(row of frequencies p_j).
                var heterozygosity = frequencies.Sum(p => p * (1 - p));
                var a = spec.Rate / heterozygosity;
                for (var i = 0; i < n; i++)
                {
                    for (var j = 0; j < n; j++)
                    {
                        m[i, j] = ((i == j ? 1 : 0) * (1 - a)) + (a * frequencies[j]);
                    }
                }

                break;

            case MutationKind.Stepwise:
                BuildStepwise(m, spec, Values(alleles));
                break;

            case MutationKind.OneStep:
                // Only to the neighbours ±1 repeat, r split evenly between them.
                var values = Values(alleles);
                for (var i = 0; i < n; i++)
                {
                    var neighbours = Enumerable.Range(0, n).Where(j => Math.Abs(values[i] - values[j]) == 1m).ToList();
                    foreach (var j in neighbours)
                    {
                        m[i, j] = spec.Rate / neighbours.Count;
                    }

                    m[i, i] = neighbours.Count == 0 ? 1 : 1 - spec.Rate;
                }

                break;

            default:
                throw new InvalidOperationException($"unknown mutation kind {spec.Kind}");
        }

        return m;
    }

    public static bool IsStochastic(double[,] m)
    {
        for (var i = 0; i < m.GetLength(0); i++)
        {
            for (var j = 0; j < m.GetLength(1); j++)
            {
                if (m[i, j] is < 0 or > 1)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static void BuildStepwise(double[,] m, MutationSpec spec, decimal[] values)
    {
        // Same microvariant group (same decimal part): weight range^|i − j|, scaled to total r.
        // Other groups: total r2 spread evenly over their alleles.
        // Diagonal 1 − r − r2; 1 − r when every allele is in one group; 1 − r2 when the allele is alone in its group.
        var n = values.Length;
        for (var i = 0; i < n; i++)
        {
            var group = values[i] - decimal.Floor(values[i]);
            var same = Enumerable.Range(0, n).Where(j => j != i && values[j] - decimal.Floor(values[j]) == group).ToList();
            var other = Enumerable.Range(0, n).Where(j => values[j] - decimal.Floor(values[j]) != group).ToList();
            var weights = same.ToDictionary(j => j, j => Math.Pow(spec.Range, (double)Math.Abs(values[i] - values[j])));
            var total = weights.Values.Sum();
            foreach (var j in same)
            {
                m[i, j] = spec.Rate * weights[j] / total;
            }

            foreach (var j in other)
            {
                m[i, j] = spec.Rate2 / other.Count;
            }

            m[i, i] = other.Count == 0 ? 1 - spec.Rate : same.Count == 0 ? 1 - spec.Rate2 : 1 - spec.Rate - spec.Rate2;
        }
    }

    private static decimal[] Values(IReadOnlyList<AlleleLabel> alleles) =>
        alleles.Select(a => decimal.Parse(a.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)).ToArray();
}
