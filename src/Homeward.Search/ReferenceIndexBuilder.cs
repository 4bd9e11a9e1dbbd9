using Homeward.Kinship;

namespace Homeward.Search;

/// <summary>Builds a <see cref="ReferenceIndex"/> report by report, streaming.</summary>
public sealed class ReferenceIndexBuilder
{
    private readonly MarkerPanel _panel;
    private readonly KinshipSettings _settings;
    private readonly Dictionary<FamilyRole, IDonorColumn> _singles = [];
    private readonly IDonorColumn _trio;
    private readonly List<ReferenceIndex.ComplexEntry> _complex = [];
    private readonly HashSet<string> _reports = new(StringComparer.Ordinal);
    private readonly ushort[] _codes;

    /// <summary>Creates a builder for a panel and population model.</summary>
    public ReferenceIndexBuilder(MarkerPanel panel, KinshipSettings settings)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(settings);
        _panel = panel;
        _settings = settings;
        _trio = DonorColumns.Create(panel, "father+mother", ["father", "mother"], 2);
        _codes = new ushort[2 * panel.Count];
    }

    /// <summary>
    /// Adds one report with all its donors; fails on a repeated report, conflicting roles, or donors
    /// whose genotypes are impossible under the relationships their roles state (no LR exists then).
    /// </summary>
    public Result<bool> Add(string reportId, IReadOnlyList<ReferenceProfile> donors)
    {
        ArgumentNullException.ThrowIfNull(reportId);
        ArgumentNullException.ThrowIfNull(donors);
        if (!_reports.Add(reportId))
        {
            return Result<bool>.Failure($"report {reportId}", "is added twice; give all of a report's donors together");
        }

        var keys = donors.Select(d => (d.Id, d.Role, d.Sex)).ToArray();
        var check = ReportPedigree.Build(reportId, keys, Sex.Male);
        if (!check.IsSuccess)
        {
            return Result<bool>.Failure(check.Errors);
        }

        var relatives = donors.Select(d => d.Role.Name()).ToArray();
        var needsSex = donors.Any(d => d.Role == FamilyRole.Child);
        if (_settings.Theta > 0)
        {
            var consistent = donors.Count > 1 ? ComplexTables.CheckDonors(reportId, donors, _panel) : true;
            if (!consistent.IsSuccess)
            {
                return consistent;
            }

            _complex.Add(new ReferenceIndex.ComplexEntry(reportId, relatives, needsSex, new double[3][][], donors));
        }
        else if (donors.Count == 1)
        {
            _panel.Encode(donors[0].Loci, _codes);
            AddSingle(reportId, donors[0].Role, _codes.AsSpan(0, _panel.Count));
        }
        else if (donors.Count == 2 && donors.Any(d => d.Role == FamilyRole.Father) && donors.Any(d => d.Role == FamilyRole.Mother))
        {
            _panel.Encode(donors.First(d => d.Role == FamilyRole.Father).Loci, _codes.AsSpan(0, _panel.Count));
            _panel.Encode(donors.First(d => d.Role == FamilyRole.Mother).Loci, _codes.AsSpan(_panel.Count, _panel.Count));
            DonorColumns.Add(_trio, reportId, _codes);
        }
        else
        {
            var entry = ComplexTables.Build(reportId, relatives, donors, _panel);
            if (!entry.IsSuccess)
            {
                return Result<bool>.Failure(entry.Errors);
            }

            _complex.Add(entry.Value);
        }

        return true;
    }

    /// <summary>Adds a single-donor report already encoded (the fast path for simulated databases).</summary>
    internal void AddSingle(string reportId, FamilyRole role, ReadOnlySpan<ushort> codes)
    {
        if (!_singles.TryGetValue(role, out var column))
        {
            _singles[role] = column = DonorColumns.Create(_panel, role.Name(), [role.Name()], 1);
        }

        DonorColumns.Add(column, reportId, codes);
    }

    /// <summary>Adds a father-and-mother report already encoded: father's codes then mother's.</summary>
    internal void AddTrio(string reportId, ReadOnlySpan<ushort> fatherThenMother) => DonorColumns.Add(_trio, reportId, fatherThenMother);

    /// <summary>Finishes the index (the builder must not be used afterwards).</summary>
    public ReferenceIndex Build()
    {
        foreach (var column in _singles.Values)
        {
            DonorColumns.Trim(column);
        }

        DonorColumns.Trim(_trio);
        return new ReferenceIndex(_panel, _settings, _singles, _trio, _complex);
    }
}
