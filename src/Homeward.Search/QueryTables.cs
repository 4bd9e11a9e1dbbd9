using Homeward.Kinship;

namespace Homeward.Search;

/// <summary>
/// The per-query, per-marker score tables: for each donor role, LR by the donor's genotype code
/// (the last entry: the donor lacks the marker), computed exactly in one peeling pass of the
/// two-person pedigree per marker and divided by the donor's prior of the index
/// (<see cref="SingleDonorPriors"/>); and the trio transmission tables.
/// </summary>
internal sealed class QueryTables
{
    private static readonly Dictionary<(FamilyRole, Sex), ReportPedigree> Pedigrees = new();
    private static readonly Lock PedigreesLock = new();

    private QueryTables(ushort[] query, Dictionary<FamilyRole, double[][]> singles, TrioTables? trio)
    {
        Query = query;
        Singles = singles;
        Trio = trio;
        Bounds = singles.ToDictionary(kv => kv.Key, kv => BoundTable.Build(kv.Value)[0]);
        TrioBounds = trio is null ? null : TrioBounds.Build(trio);
    }

    /// <summary>Role → the screening bounds of <see cref="Singles"/>.</summary>
    public Dictionary<FamilyRole, BoundTable> Bounds { get; }

    /// <summary>The screening bounds of <see cref="Trio"/>.</summary>
    public TrioBounds? TrioBounds { get; }

    /// <summary>The query's genotype code per marker.</summary>
    public ushort[] Query { get; }

    /// <summary>Role → marker → LR by donor genotype code.</summary>
    public Dictionary<FamilyRole, double[][]> Singles { get; }

    /// <summary>Transmission tables for father-and-mother reports.</summary>
    public TrioTables? Trio { get; }

    public static QueryTables Build(ReferenceIndex index, QueryProfile query)
    {
        var panel = index.Panel;
        var code = new ushort[panel.Count];
        panel.Encode(query.Loci, code);
        var singles = new Dictionary<FamilyRole, double[][]>();
        foreach (var role in index.Singles.Keys)
        {
            if (role == FamilyRole.Child && query.Sex == Sex.Unknown)
            {
                continue;
            }

            var pedigree = PedigreeFor(role, query.Sex);
            var priors = index.SinglePriors[(role, SingleDonorPriors.KeySex(role, query.Sex))];
            var tables = new double[panel.Count][];
            for (var m = 0; m < panel.Count; m++)
            {
                tables[m] = SingleTable(pedigree, panel.Markers[m], code[m], panel.Missing(m), priors[m]);
            }

            singles[role] = tables;
        }

        var trio = index.Trio.Count > 0 ? TrioTables.Build(panel, code) : null;
        return new QueryTables(code, singles, trio);
    }

    /// <summary>The two-person pedigree of a single-donor report (shared, built once).</summary>
    public static ReportPedigree PedigreeFor(FamilyRole role, Sex sex)
    {
        lock (PedigreesLock)
        {
            if (!Pedigrees.TryGetValue((role, sex), out var pedigree))
            {
                pedigree = ReportPedigree.Build("query", [("R", role, role.ImpliedSex() ?? Sex.Unknown)], sex).Value;
                Pedigrees[(role, sex)] = pedigree;
            }

            return pedigree;
        }
    }

    /// <summary>
    /// LR by the donor's code g: P(X = query, donor = g) / (P(query) · P(donor = g)), the donor's prior
    /// taken in the same pedigree (H2 keeps the donor's place in it); code G, the donor lacks the
    /// marker: P(X = query) / P(query). A query lacking the marker leaves the donor alone, the same
    /// under both hypotheses: 1.
    /// </summary>
    private static double[] SingleTable(ReportPedigree pedigree, MarkerModel marker, int queryCode, int missing, double[] donorPrior)
    {
        var table = new double[missing + 1];
        if (queryCode == missing)
        {
            Array.Fill(table, 1.0);
            return table;
        }

        var typed = new int[pedigree.Pedigree.Count];
        Array.Fill(typed, -1);
        typed[pedigree.MissingChild] = queryCode;
        var withQuery = PedigreeMarginals.Joint(pedigree.Pedigree, marker, typed, pedigree.DonorIndices[0]);
        var queryPrior = marker.HardyWeinberg(queryCode);
        var total = 0.0;
        for (var g = 0; g < missing; g++)
        {
            table[g] = withQuery[g] / (queryPrior * donorPrior[g]);
            total += withQuery[g];
        }

        table[missing] = total / queryPrior;
        return table;
    }

    /// <summary>
    /// For father-and-mother reports: per marker, LR = Fx[f]·My[m] + Fy[f]·Mx[m] where Fx[f] is
    /// P(father with genotype code f transmits x) / P(query), x, y the query's alleles (Fy = 0 for a
    /// homozygous query so the one ordering is not counted twice). Code G (untyped parent) transmits as
    /// an untyped founder, (p·M)_x. A query without the marker gets Fx = My = 1, Fy = 0.
    /// </summary>
    internal sealed record TrioTables(double[][] FatherX, double[][] FatherY, double[][] MotherX, double[][] MotherY)
    {
        public static TrioTables Build(MarkerPanel panel, ushort[] query)
        {
            var fx = new double[panel.Count][];
            var fy = new double[panel.Count][];
            var mx = new double[panel.Count][];
            var my = new double[panel.Count][];
            for (var m = 0; m < panel.Count; m++)
            {
                var marker = panel.Markers[m];
                var missing = panel.Missing(m);
                fx[m] = new double[missing + 1];
                fy[m] = new double[missing + 1];
                mx[m] = new double[missing + 1];
                my[m] = new double[missing + 1];
                if (query[m] == missing)
                {
                    Array.Fill(fx[m], 1.0);
                    Array.Fill(my[m], 1.0);
                    continue;
                }

                var (x, y) = marker.Alleles(query[m]);
                var prior = marker.HardyWeinberg(query[m]);
                for (var g = 0; g <= missing; g++)
                {
                    fx[m][g] = (g == missing ? marker.FounderTransmission(Sex.Male, x) : marker.Transmission(Sex.Male, g, x)) / prior;
                    fy[m][g] = x == y ? 0 : (g == missing ? marker.FounderTransmission(Sex.Male, y) : marker.Transmission(Sex.Male, g, y)) / prior;
                    mx[m][g] = g == missing ? marker.FounderTransmission(Sex.Female, x) : marker.Transmission(Sex.Female, g, x);
                    my[m][g] = g == missing ? marker.FounderTransmission(Sex.Female, y) : marker.Transmission(Sex.Female, g, y);
                }
            }

            return new TrioTables(fx, fy, mx, my);
        }
    }
}
