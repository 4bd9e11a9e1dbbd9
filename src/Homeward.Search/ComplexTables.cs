using Homeward.Kinship;

namespace Homeward.Search;

/// <summary>
/// Precomputes, for a report of any shape, the exact LR at each marker as a function of the missing
/// child's genotype g: <c>P(D, X = g | pedigree) / (P(D | pedigree) · P(g))</c> with D the donors'
/// genotypes, in one peeling pass per marker plus one for the donors alone. The donors' part of H2,
/// P(D | pedigree), does not depend on the query, so it is divided out here, once per report and
/// marker. Index G (the query lacks the marker) holds exactly 1: the donors alone have the same
/// likelihood under both hypotheses.
/// </summary>
internal static class ComplexTables
{
    /// <summary>The tables of a report; fails when its donors' genotypes are impossible under its pedigree.</summary>
    public static Result<ReferenceIndex.ComplexEntry> Build(string reportId, IReadOnlyList<string> relatives, IReadOnlyList<ReferenceProfile> donors, MarkerPanel panel)
    {
        var vectors = new double[][]?[3];
        var needsSex = donors.Any(d => d.Role == FamilyRole.Child);
        var codes = Encode(donors, panel);
        foreach (var sex in MissingChildSexes(donors))
        {
            var pedigree = ReportPedigree.Build(reportId, donors.Select(d => (d.Id, d.Role, d.Sex)).ToArray(), sex).Value;
            var donorsAlone = DonorLikelihoods(reportId, donors, pedigree, panel, codes);
            if (!donorsAlone.IsSuccess)
            {
                return Result<ReferenceIndex.ComplexEntry>.Failure(donorsAlone.Errors);
            }

            vectors[(int)sex] = Vectors(pedigree, panel, codes, donorsAlone.Value);
        }

        return new ReferenceIndex.ComplexEntry(reportId, relatives, needsSex, vectors, null);
    }

    /// <summary>
    /// Fails when the donors' genotypes are impossible under the report's pedigree at some marker
    /// (P(D | pedigree) = 0, e.g. a sibling sharing no allele with the mother and no mutation model):
    /// both hypotheses then have likelihood 0 and no LR exists. Used for θ > 0, where no tables are kept;
    /// a zero is a zero with or without θ, which only changes founders' (positive) probabilities.
    /// </summary>
    public static Result<bool> CheckDonors(string reportId, IReadOnlyList<ReferenceProfile> donors, MarkerPanel panel)
    {
        var codes = Encode(donors, panel);
        foreach (var sex in MissingChildSexes(donors))
        {
            var pedigree = ReportPedigree.Build(reportId, donors.Select(d => (d.Id, d.Role, d.Sex)).ToArray(), sex).Value;
            var checkedDonors = DonorLikelihoods(reportId, donors, pedigree, panel, codes);
            if (!checkedDonors.IsSuccess)
            {
                return Result<bool>.Failure(checkedDonors.Errors);
            }
        }

        return true;
    }

    /// <summary>The missing child's sex matters (with sex-specific mutation, to P(D) too) only when it has children among the donors.</summary>
    private static Sex[] MissingChildSexes(IReadOnlyList<ReferenceProfile> donors) =>
        donors.Any(d => d.Role == FamilyRole.Child) ? [Sex.Male, Sex.Female] : [Sex.Unknown];

    private static ushort[][] Encode(IReadOnlyList<ReferenceProfile> donors, MarkerPanel panel) =>
        donors.Select(d =>
        {
            var encoded = new ushort[panel.Count];
            panel.Encode(d.Loci, encoded);
            return encoded;
        }).ToArray();

    /// <summary>Per marker, P(D | pedigree) with the missing child untyped (1 where no donor is typed).</summary>
    private static Result<double[]> DonorLikelihoods(string reportId, IReadOnlyList<ReferenceProfile> donors, ReportPedigree pedigree, MarkerPanel panel, ushort[][] codes)
    {
        var result = new double[panel.Count];
        var errors = new List<InputError>();
        for (var m = 0; m < panel.Count; m++)
        {
            var typed = Typed(pedigree, panel, codes, m);
            result[m] = PedigreeMarginals.Likelihood(pedigree.Pedigree, panel.Markers[m], typed);
            if (result[m] == 0)
            {
                var typedDonors = donors.Where((_, d) => codes[d][m] != panel.Missing(m)).Select(d => $"{d.Id} ({d.Role.Name()})");
                errors.Add(new InputError(
                    $"report {reportId}, marker {panel.Markers[m].Frequencies.Name}",
                    $"the donors' genotypes ({string.Join(", ", typedDonors)}) are impossible under the relationships their roles state{(panel.Markers[m].HasMutation ? string.Empty : " without mutation")}, so no LR exists for any child; check the roles and the genotypes{(panel.Markers[m].HasMutation ? string.Empty : ", or use a mutation model")}"));
            }
        }

        return errors.Count > 0 ? Result<double[]>.Failure(errors) : result;
    }

    private static int[] Typed(ReportPedigree pedigree, MarkerPanel panel, ushort[][] codes, int m)
    {
        var typed = new int[pedigree.Pedigree.Count];
        Array.Fill(typed, -1);
        for (var d = 0; d < codes.Length; d++)
        {
            int g = codes[d][m];
            if (g != panel.Missing(m))
            {
                typed[pedigree.DonorIndices[d]] = g;
            }
        }

        return typed;
    }

    private static double[][] Vectors(ReportPedigree pedigree, MarkerPanel panel, ushort[][] codes, double[] donorsAlone)
    {
        var result = new double[panel.Count][];
        for (var m = 0; m < panel.Count; m++)
        {
            var marker = panel.Markers[m];
            var missing = panel.Missing(m);
            var joint = PedigreeMarginals.Joint(pedigree.Pedigree, marker, Typed(pedigree, panel, codes, m), pedigree.MissingChild);
            var vector = new double[missing + 1];
            for (var g = 0; g < missing; g++)
            {
                vector[g] = joint[g] / (donorsAlone[m] * marker.HardyWeinberg(g));
            }

            // The query lacks the marker: the donors alone, the same under H1 and H2 (and a marker typed
            // by nobody is not evaluated by the engine).
            vector[missing] = 1;
            result[m] = vector;
        }

        return result;
    }
}
