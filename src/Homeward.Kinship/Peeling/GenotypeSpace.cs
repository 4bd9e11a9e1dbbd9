using System.Collections.Concurrent;

namespace Homeward.Kinship.Peeling;

/// <summary>
/// Unordered genotypes over n alleles, indexed <c>{i ≤ j} → j(j+1)/2 + i</c>; G = n(n+1)/2 of them.
/// </summary>
internal sealed class GenotypeSpace
{
    private static readonly ConcurrentDictionary<int, GenotypeSpace> Cache = new();

    private GenotypeSpace(int n)
    {
        N = n;
        Count = n * (n + 1) / 2;
        First = new int[Count];
        Second = new int[Count];
        for (var j = 0; j < n; j++)
        {
            for (var i = 0; i <= j; i++)
            {
                var g = Index(i, j);
                First[g] = i;
                Second[g] = j;
            }
        }
    }

    /// <summary>The number of alleles.</summary>
    public int N { get; }

    /// <summary>The number of unordered genotypes.</summary>
    public int Count { get; }

    /// <summary>The smaller allele index of each genotype.</summary>
    public int[] First { get; }

    /// <summary>The larger allele index of each genotype.</summary>
    public int[] Second { get; }

    public static GenotypeSpace Of(int n) => Cache.GetOrAdd(n, static k => new GenotypeSpace(k));

    public static int Index(int a, int b) => a <= b ? (b * (b + 1) / 2) + a : (a * (a + 1) / 2) + b;
}
