using System.Collections.Immutable;

namespace Homeward.Kinship.Simulation;

/// <summary>
/// Turns a simulated genotype into what a lab reports: each marker is missing with probability
/// <c>missingRate</c>; a heterozygote that is typed drops one allele with probability
/// <c>dropoutRate</c> and is reported as a homozygote of the other (either allele equally likely).
/// </summary>
internal static class ProfileTyping
{
    public static ImmutableArray<TypedLocus> Type(
        int[] genotype, SimulationPanel panel, double missingRate, double dropoutRate, SimulationRandom random)
    {
        var loci = ImmutableArray.CreateBuilder<TypedLocus>(panel.Count);
        for (var m = 0; m < panel.Count; m++)
        {
            if (random.Chance(missingRate))
            {
                continue;
            }

            var a = genotype[2 * m];
            var b = genotype[(2 * m) + 1];
            if (a != b && random.Chance(dropoutRate))
            {
                a = random.NextBool() ? a : b;
                b = a;
            }

            loci.Add(Locus(panel.Markers[m], a, b));
        }

        return loci.DrainToImmutable();
    }

    /// <summary>The complete genotype, without missing markers or drop-out.</summary>
    public static ImmutableArray<TypedLocus> Complete(int[] genotype, SimulationPanel panel)
    {
        var loci = ImmutableArray.CreateBuilder<TypedLocus>(panel.Count);
        for (var m = 0; m < panel.Count; m++)
        {
            loci.Add(Locus(panel.Markers[m], genotype[2 * m], genotype[(2 * m) + 1]));
        }

        return loci.MoveToImmutable();
    }

    private static TypedLocus Locus(SimulatedMarker marker, int a, int b)
    {
        var alleles = marker.Frequencies.Alleles;
        return new TypedLocus(marker.Name, new Genotype(alleles[a], alleles[b]));
    }
}
