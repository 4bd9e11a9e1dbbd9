using Homeward.Registry.Cases;
using Homeward.Search;

namespace Homeward.Registry.Continuous;

/// <summary>
/// The search's view of a snapshot: reference profiles of open reports' consented donors, keyed by
/// sample code (no names), and query profiles of found children keyed by the child's pseudonymous id.
/// </summary>
internal sealed class SearchData
{
    private readonly Dictionary<string, MissingChildReport> _reports;
    private readonly Dictionary<string, FoundChild> _children;
    private readonly Dictionary<string, List<ReferenceProfile>> _donors;
    private readonly Dictionary<string, QueryProfile> _queries;

    private SearchData(Dictionary<string, MissingChildReport> reports, Dictionary<string, FoundChild> children, Dictionary<string, List<ReferenceProfile>> donors, Dictionary<string, QueryProfile> queries, List<string> warnings)
    {
        _reports = reports;
        _children = children;
        _donors = donors;
        _queries = queries;
        Warnings = warnings;
    }

    public IReadOnlyList<string> Warnings { get; }

    /// <summary>N of the prior: the open reports (any of them could be the child's, DNA or not).</summary>
    public int OpenReportCount => _reports.Values.Count(r => !r.IsClosed);

    public static SearchData From(RegistrySnapshot snapshot)
    {
        var warnings = new List<string>();
        var reports = snapshot.Reports.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var children = snapshot.FoundChildren.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var donors = new Dictionary<string, List<ReferenceProfile>>(StringComparer.Ordinal);
        foreach (var donor in snapshot.Donors)
        {
            if (!reports.TryGetValue(donor.ReportId, out var report) || report.IsClosed)
            {
                continue;
            }

            if (!donor.Consent.Allows(ConsentScopes.DomesticIdentification))
            {
                warnings.Add($"donor {donor.Id} of {donor.ReportId}: no consent to domestic identification, not searched");
                continue;
            }

            if (donor.SampleCode is not { } code || !snapshot.Profiles.TryGetValue(code, out var profile))
            {
                continue;
            }

            if (!donors.TryGetValue(donor.ReportId, out var list))
            {
                donors[donor.ReportId] = list = [];
            }

            list.Add(new ReferenceProfile(code, donor.ReportId, donor.Role, donor.Sex, profile.Loci));
        }

        var queries = new Dictionary<string, QueryProfile>(StringComparer.Ordinal);
        foreach (var child in snapshot.FoundChildren)
        {
            if (child.SampleCode is { } code && snapshot.Profiles.TryGetValue(code, out var profile))
            {
                queries[child.Id] = new QueryProfile(child.Id, child.Sex, profile.Loci);
            }
            else
            {
                warnings.Add($"found child {child.Id}: no DNA profile yet");
            }
        }

        return new SearchData(reports, children, donors, queries, warnings);
    }

    public IReadOnlyList<ReferenceProfile> References(Func<MissingChildReport, bool> include) =>
        [.. _donors.Where(d => include(_reports[d.Key])).SelectMany(d => d.Value)];

    public QueryProfile? Query(string foundChildId) => _queries.GetValueOrDefault(foundChildId);

    public MissingChildReport? Report(string id) => _reports.GetValueOrDefault(id);

    public FoundChild? Child(string id) => _children.GetValueOrDefault(id);
}
