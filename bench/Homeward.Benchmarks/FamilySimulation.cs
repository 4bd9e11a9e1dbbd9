using Homeward.Kinship;

namespace Homeward.Benchmarks;

/// <summary>Families with genotypes dropped down from random founders (Mendelian, without mutation).</summary>
internal static class FamilySimulation
{
    /// <summary>The <paramref name="typed"/> members' genotypes of one simulated family, at every panel marker.</summary>
    public static Dictionary<string, IReadOnlyDictionary<string, Genotype>> Simulate(Pedigree pedigree, string[] typed, Random random)
    {
        var all = new Dictionary<string, Genotype>[pedigree.Count];
        for (var i = 0; i < pedigree.Count; i++)
        {
            var father = pedigree.Fathers[i];
            all[i] = father < 0
                ? BenchmarkData.RandomGenotypes(random)
                : EncodedProfiles.ChildOf(all[father], all[pedigree.Mothers[i]], random);
        }

        return typed.ToDictionary(
            id => id,
            id => (IReadOnlyDictionary<string, Genotype>)all[pedigree.IndexOf(id)],
            StringComparer.Ordinal);
    }
}
