using Homeward.Kinship;

namespace Homeward.Search;

/// <summary>
/// Precomputes, for a report of any shape, the exact LR at each marker as a function of the missing
/// child's genotype g: <c>P(D, X = g | H1) / (P(D | H2) · P(g))</c> with D the donors' genotypes, in
/// one peeling pass per marker. Index G holds <c>P(D | H1) / P(D | H2)</c>, the LR when the query
/// lacks the marker.
/// </summary>
internal static class ComplexTables
{
    public static ReferenceIndex.ComplexEntry Build(string reportId, IReadOnlyList<string> relatives, IReadOnlyList<ReferenceProfile> donors, MarkerPanel panel)
    {
        var vectors = new double[][]?[3];
        var needsSex = donors.Any(d => d.Role == FamilyRole.Child);
        if (needsSex)
        {
            vectors[(int)Sex.Male] = ForSex(reportId, donors, panel, Sex.Male);
            vectors[(int)Sex.Female] = ForSex(reportId, donors, panel, Sex.Female);
        }
        else
        {
            vectors[(int)Sex.Unknown] = ForSex(reportId, donors, panel, Sex.Unknown);
        }

        return new ReferenceIndex.ComplexEntry(reportId, relatives, needsSex, vectors, null);
    }

    private static double[][] ForSex(string reportId, IReadOnlyList<ReferenceProfile> donors, MarkerPanel panel, Sex sex)
    {
        var pedigree = ReportPedigree.Build(reportId, donors.Select(d => (d.Id, d.Role, d.Sex)).ToArray(), sex).Value;
        var result = new double[panel.Count][];
        var codes = donors.Select(d =>
        {
            var encoded = new ushort[panel.Count];
            panel.Encode(d.Loci, encoded);
            return encoded;
        }).ToArray();
        var typed = new int[pedigree.Pedigree.Count];
        for (var m = 0; m < panel.Count; m++)
        {
            var marker = panel.Markers[m];
            var missing = panel.Missing(m);
            Array.Fill(typed, -1);
            var unrelated = 1.0;
            var anyTyped = false;
            for (var d = 0; d < codes.Length; d++)
            {
                int g = codes[d][m];
                if (g != missing)
                {
                    typed[pedigree.DonorIndices[d]] = g;
                    unrelated *= marker.HardyWeinberg(g);
                    anyTyped = true;
                }
            }

            var joint = PedigreeMarginals.Joint(pedigree.Pedigree, marker, typed, pedigree.MissingChild);
            var vector = new double[missing + 1];
            var total = 0.0;
            for (var g = 0; g < missing; g++)
            {
                vector[g] = joint[g] / (unrelated * marker.HardyWeinberg(g));
                total += joint[g];
            }

            // A marker typed by nobody is not evaluated by the engine: exactly 1, not Σ P(g) (which is
            // (Σp)², off 1 by the table's rounding).
            vector[missing] = anyTyped ? total / unrelated : 1;
            result[m] = vector;
        }

        return result;
    }
}
