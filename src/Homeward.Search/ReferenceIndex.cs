using Homeward.Kinship;

namespace Homeward.Search;

/// <summary>
/// The reference database in memory, arranged for scanning:
/// <list type="bullet">
/// <item>reports with one donor, grouped by role, as packed columns of genotype indices (one
/// <see cref="ushort"/> per marker and donor, marker-major), scored by per-query tables;</item>
/// <item>reports with exactly a father and a mother, as two such columns, scored by per-query
/// transmission tables;</item>
/// <item>every other family shape with a precomputed, exact per-marker table of LR over the missing
/// child's genotype (computed once by the kinship engine), so a query costs one look-up per marker.</item>
/// </list>
/// All three give the exact pedigree LR of the kinship engine; the tests hold each to it.
/// </summary>
public sealed class ReferenceIndex
{
    private ReferenceIndex(MarkerPanel panel, SearchSettings settings, ReportInfo[] reports, Dictionary<FamilyRole, SingleColumn> singles, TrioColumn trio, ComplexEntry[] complex)
    {
        Panel = panel;
        Settings = settings;
        Reports = reports;
        Singles = singles;
        Trio = trio;
        Complex = complex;
    }

    /// <summary>The markers and genotype encoding.</summary>
    public MarkerPanel Panel { get; }

    /// <summary>The population model.</summary>
    public SearchSettings Settings { get; }

    /// <summary>The number of reports.</summary>
    public int ReportCount => Reports.Length;

    /// <summary>The bytes held for genotypes and precomputed tables (not counting report ids).</summary>
    public long IndexBytes =>
        Singles.Values.Sum(s => (long)s.Genotypes.Length * sizeof(ushort) + (s.Reports.Length * sizeof(int)))
        + (Trio.Fathers.Length * 2L * sizeof(ushort)) + (Trio.Reports.Length * sizeof(int))
        + Complex.Sum(c => c.Vectors.Sum(v => v?.Sum(m => (long)m.Length * sizeof(double)) ?? 0));

    internal ReportInfo[] Reports { get; }

    internal Dictionary<FamilyRole, SingleColumn> Singles { get; }

    internal TrioColumn Trio { get; }

    internal ComplexEntry[] Complex { get; }

    /// <summary>Builds the index; fails on conflicting roles within a report (e.g. two mothers).</summary>
    public static Result<ReferenceIndex> Build(IReadOnlyList<ReferenceProfile> references, MarkerPanel panel, SearchSettings settings)
    {
        ArgumentNullException.ThrowIfNull(references);
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(settings);
        var markerCount = panel.Count;
        var reports = references
            .GroupBy(r => r.Report, StringComparer.Ordinal)
            .Select(g => new ReportInfo(g.Key, [.. g]))
            .ToArray();
        var errors = new List<InputError>();
        foreach (var report in reports)
        {
            // Validate the shape once (two mothers etc.); the sex of the missing child is irrelevant here.
            var check = ReportPedigree.Build(report.Id, report.DonorKeys, Sex.Male);
            if (!check.IsSuccess)
            {
                errors.AddRange(check.Errors);
            }
        }

        if (errors.Count > 0)
        {
            return Result<ReferenceIndex>.Failure(errors);
        }

        var singles = new Dictionary<FamilyRole, List<int>>();
        var trio = new List<int>();
        var complex = new List<int>();
        for (var r = 0; r < reports.Length; r++)
        {
            var donors = reports[r].Donors;
            if (settings.Theta > 0)
            {
                complex.Add(r);
            }
            else if (donors.Count == 1)
            {
                if (!singles.TryGetValue(donors[0].Role, out var list))
                {
                    singles[donors[0].Role] = list = [];
                }

                list.Add(r);
            }
            else if (donors.Count == 2 && donors.Any(d => d.Role == FamilyRole.Father) && donors.Any(d => d.Role == FamilyRole.Mother))
            {
                trio.Add(r);
            }
            else
            {
                complex.Add(r);
            }
        }

        var encoded = new ushort[markerCount];
        var singleColumns = new Dictionary<FamilyRole, SingleColumn>();
        foreach (var (role, list) in singles)
        {
            var genotypes = new ushort[markerCount * list.Count];
            for (var i = 0; i < list.Count; i++)
            {
                panel.Encode(reports[list[i]].Donors[0].Loci, encoded);
                for (var m = 0; m < markerCount; m++)
                {
                    genotypes[(m * list.Count) + i] = encoded[m];
                }
            }

            singleColumns[role] = new SingleColumn(role, [.. list], genotypes);
        }

        var fathers = new ushort[markerCount * trio.Count];
        var mothers = new ushort[markerCount * trio.Count];
        for (var i = 0; i < trio.Count; i++)
        {
            var donors = reports[trio[i]].Donors;
            panel.Encode(donors.First(d => d.Role == FamilyRole.Father).Loci, encoded);
            for (var m = 0; m < markerCount; m++)
            {
                fathers[(m * trio.Count) + i] = encoded[m];
            }

            panel.Encode(donors.First(d => d.Role == FamilyRole.Mother).Loci, encoded);
            for (var m = 0; m < markerCount; m++)
            {
                mothers[(m * trio.Count) + i] = encoded[m];
            }
        }

        var complexEntries = settings.Theta > 0
            ? complex.Select(r => new ComplexEntry(r, [null, null, null])).ToArray()
            : complex.Select(r => ComplexTables.Build(reports[r], panel, r)).ToArray();
        return new ReferenceIndex(panel, settings, reports, singleColumns, new TrioColumn([.. trio], fathers, mothers), complexEntries);
    }

    /// <summary>A report and its donors.</summary>
    internal sealed class ReportInfo(string id, IReadOnlyList<ReferenceProfile> donors)
    {
        public string Id { get; } = id;

        public IReadOnlyList<ReferenceProfile> Donors { get; } = donors;

        public IReadOnlyList<(string Id, FamilyRole Role, Sex Sex)> DonorKeys { get; } = donors.Select(d => (d.Id, d.Role, d.Sex)).ToArray();

        public IReadOnlyList<string> Relatives { get; } = donors.Select(d => d.Role.Name()).ToArray();

        public bool HasChildOfMissingPerson { get; } = donors.Any(d => d.Role == FamilyRole.Child);
    }

    /// <summary>Single-donor reports of one role: report indices and marker-major genotype codes.</summary>
    internal sealed record SingleColumn(FamilyRole Role, int[] Reports, ushort[] Genotypes);

    /// <summary>Father-and-mother reports.</summary>
    internal sealed record TrioColumn(int[] Reports, ushort[] Fathers, ushort[] Mothers);

    /// <summary>
    /// Any other report: per sex of the missing child (index by <see cref="Sex"/>), per marker, LR by
    /// the missing child's genotype code (index G: the query lacks the marker). A null sex entry
    /// means the same tables as <see cref="Sex.Unknown"/> (the child's sex does not matter).
    /// </summary>
    internal sealed record ComplexEntry(int Report, double[][]?[] Vectors);
}
