using Homeward.Kinship.Peeling;

namespace Homeward.Kinship;

/// <summary>
/// Exact genotype distributions in a pedigree at one marker (θ = 0): the likelihood of typed
/// genotypes, and for an untyped person the joint probability P(typed genotypes, person = g) of
/// every genotype g in one peeling pass. This is what the search precomputes its tables from.
/// </summary>
public static class PedigreeMarginals
{
    /// <summary>P(typed genotypes | pedigree).</summary>
    /// <param name="pedigree">The pedigree.</param>
    /// <param name="marker">The marker.</param>
    /// <param name="typed">Genotype index of each person (by pedigree index), -1 if untyped.</param>
    public static double Likelihood(Pedigree pedigree, MarkerModel marker, ReadOnlySpan<int> typed)
    {
        ArgumentNullException.ThrowIfNull(pedigree);
        ArgumentNullException.ThrowIfNull(marker);
        return new Peeler(new PedigreeTopology(pedigree), marker.System, Check(pedigree, marker, typed)).Likelihood();
    }

    /// <summary>P(typed genotypes, <paramref name="person"/> = g) for every genotype index g.</summary>
    public static double[] Joint(Pedigree pedigree, MarkerModel marker, ReadOnlySpan<int> typed, int person)
    {
        ArgumentNullException.ThrowIfNull(pedigree);
        ArgumentNullException.ThrowIfNull(marker);
        var genotypes = Check(pedigree, marker, typed);
        if (person < 0 || person >= pedigree.Count || genotypes[person] >= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(person), person, "the target must be an untyped person of the pedigree");
        }

        return new Peeler(new PedigreeTopology(pedigree), marker.System, genotypes).Joint(person);
    }

    private static int[] Check(Pedigree pedigree, MarkerModel marker, ReadOnlySpan<int> typed)
    {
        if (typed.Length != pedigree.Count)
        {
            throw new ArgumentException($"expected {pedigree.Count} genotype indices, got {typed.Length}", nameof(typed));
        }

        foreach (var g in typed)
        {
            if (g >= marker.GenotypeCount)
            {
                throw new ArgumentOutOfRangeException(nameof(typed), g, "genotype index out of range");
            }
        }

        return typed.ToArray();
    }
}
