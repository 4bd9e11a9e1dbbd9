namespace Homeward.Kinship.Simulation;

/// <summary>
/// Simulates the genotypes of every person of a pedigree: founders from the frequencies (one
/// <see cref="FounderUrn"/> per pedigree), everyone else by one meiosis from each parent, with the
/// mutation matrix of the parent's sex. Genotypes are allele indices into the panel's markers:
/// person p, marker m has alleles <c>g[p][2m]</c> (from the father) and <c>g[p][2m + 1]</c>.
/// </summary>
internal static class PedigreeSimulator
{
    public static int[][] Simulate(Pedigree pedigree, SimulationPanel panel, double theta, SimulationRandom random)
    {
        var urn = new FounderUrn(panel, theta);
        var genotypes = new int[pedigree.Count][];
        foreach (var person in ParentsFirst(pedigree))
        {
            var g = new int[2 * panel.Count];
            var father = pedigree.Fathers[person];
            var mother = pedigree.Mothers[person];
            for (var m = 0; m < panel.Count; m++)
            {
                if (father < 0)
                {
                    g[2 * m] = urn.Draw(m, random);
                    g[(2 * m) + 1] = urn.Draw(m, random);
                }
                else
                {
                    var marker = panel.Markers[m];
                    g[2 * m] = Transmit(genotypes[father], m, marker.MaleMutation, marker.AlleleCount, random);
                    g[(2 * m) + 1] = Transmit(genotypes[mother], m, marker.FemaleMutation, marker.AlleleCount, random);
                }
            }

            genotypes[person] = g;
        }

        return genotypes;
    }

    /// <summary>
    /// One meiosis at one marker: a fair choice between the parent's two alleles, then a draw from
    /// that allele's row of the mutation matrix (none when <paramref name="mutation"/> is null).
    /// </summary>
    public static int Transmit(int[] parent, int marker, double[]? mutation, int alleleCount, SimulationRandom random)
    {
        var allele = random.NextBool() ? parent[2 * marker] : parent[(2 * marker) + 1];
        if (mutation is null)
        {
            return allele;
        }

        return SimulatedMarker.Select(mutation.AsSpan(allele * alleleCount, alleleCount), random.NextDouble());
    }

    /// <summary>The persons in an order that puts both parents before each child (stable).</summary>
    public static int[] ParentsFirst(Pedigree pedigree)
    {
        var order = new List<int>(pedigree.Count);
        var placed = new bool[pedigree.Count];
        while (order.Count < pedigree.Count)
        {
            for (var i = 0; i < pedigree.Count; i++)
            {
                if (placed[i])
                {
                    continue;
                }

                var father = pedigree.Fathers[i];
                var mother = pedigree.Mothers[i];
                if ((father < 0 || placed[father]) && (mother < 0 || placed[mother]))
                {
                    placed[i] = true;
                    order.Add(i);
                }
            }
        }

        return [.. order];
    }
}
