using Homeward.Kinship;

namespace Homeward.Search;

/// <summary>
/// The reference database in memory, arranged for scanning:
/// <list type="bullet">
/// <item>reports with one donor, by role, as tiled columns of genotype codes (one byte per
/// marker, or a <see cref="ushort"/> for markers with 256 genotypes or more), scored by per-query tables;</item>
/// <item>reports with exactly a father and a mother, as two such columns, scored by per-query
/// transmission tables;</item>
/// <item>every other family shape with a precomputed, exact per-marker table of LR over the missing
/// child's genotype (computed once by the kinship engine), so a query costs one look-up per marker.</item>
/// </list>
/// All three give the exact pedigree LR of the kinship engine; the tests hold each to it. Built with
/// <see cref="ReferenceIndexBuilder"/>.
/// </summary>
public sealed class ReferenceIndex
{
    internal ReferenceIndex(MarkerPanel panel, KinshipSettings settings, Dictionary<FamilyRole, IDonorColumn> singles, IDonorColumn trio, IReadOnlyList<ComplexEntry> complex)
    {
        Panel = panel;
        Settings = settings;
        Singles = singles;
        SinglePriors = SingleDonorPriors.Build(panel, singles.Keys);
        Trio = trio;
        Complex = complex;
    }

    /// <summary>The markers and genotype encoding.</summary>
    public MarkerPanel Panel { get; }

    /// <summary>The population model.</summary>
    public KinshipSettings Settings { get; }

    /// <summary>The number of reports.</summary>
    public int ReportCount => Singles.Values.Sum(s => s.Count) + Trio.Count + Complex.Count;

    /// <summary>The number of donor profiles.</summary>
    public long ProfileCount => Singles.Values.Sum(s => (long)s.Count) + (2L * Trio.Count) + Complex.Sum(c => (long)c.Relatives.Count);

    /// <summary>The bytes held for genotype codes, report ids and precomputed tables.</summary>
    public long IndexBytes =>
        Singles.Values.Sum(s => s.Bytes) + Trio.Bytes
        + Complex.Sum(c => (c.Report.Length * 2L) + c.Vectors.Sum(v => v?.Sum(m => (long)m.Length * sizeof(double)) ?? 0));

    internal Dictionary<FamilyRole, IDonorColumn> Singles { get; }

    /// <summary>(role, <see cref="SingleDonorPriors.KeySex"/>) → marker → P(donor = g): the donor's part of H2.</summary>
    internal Dictionary<(FamilyRole Role, Sex Sex), double[][]> SinglePriors { get; }

    internal IDonorColumn Trio { get; }

    internal IReadOnlyList<ComplexEntry> Complex { get; }

    /// <summary>Builds an index from reference profiles (grouped by report).</summary>
    public static Result<ReferenceIndex> Build(IReadOnlyList<ReferenceProfile> references, MarkerPanel panel, KinshipSettings settings)
    {
        ArgumentNullException.ThrowIfNull(references);
        var builder = new ReferenceIndexBuilder(panel, settings);
        var errors = new List<InputError>();
        foreach (var report in references.GroupBy(r => r.Report, StringComparer.Ordinal))
        {
            var added = builder.Add(report.Key, [.. report]);
            if (!added.IsSuccess)
            {
                errors.AddRange(added.Errors);
            }
        }

        return errors.Count > 0 ? Result<ReferenceIndex>.Failure(errors) : builder.Build();
    }

    /// <summary>
    /// A report of any other shape: per sex of the missing child (indexed by <see cref="Sex"/>), per
    /// marker, LR by the missing child's genotype code (code G: the query lacks the marker). Only the
    /// <see cref="Sex.Unknown"/> entry is set when the child's sex does not matter; with θ > 0 no
    /// tables are kept and <see cref="Donors"/> are scored by the engine.
    /// </summary>
    internal sealed record ComplexEntry(string Report, IReadOnlyList<string> Relatives, bool NeedsSex, double[][]?[] Vectors, IReadOnlyList<ReferenceProfile>? Donors);
}
