using Homeward.Data.Registry;
using Homeward.Registry.Cases;
using Homeward.Registry.Demo;

namespace Homeward.Cli.Demo;

/// <summary>The demo scenario as one <see cref="RegistryBatch"/>: the operation, every report with its relatives, the found children, and a sample for every profile.</summary>
internal static class DemoBatch
{
    private const string Lab = "demo-lab";
    private const string Kit = "simulated china19";

    public static RegistryBatch From(DemoScenario scenario)
    {
        var snapshot = scenario.Snapshot;
        var donors = snapshot.Donors.ToLookup(d => d.ReportId, StringComparer.Ordinal);
        var relativeSamples = snapshot.Donors.Select(d => d.SampleCode).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var collected = scenario.Operation.Date;
        var samples = snapshot.Profiles.Values.OrderBy(p => p.SampleCode, StringComparer.Ordinal)
            .Select(p => (Sample.Create(p.SampleCode, relativeSamples.Contains(p.SampleCode) ? SampleSubject.Relative : SampleSubject.FoundChild, Lab, Kit, collected).Value, p))
            .ToArray();
        return new RegistryBatch
        {
            Operations = [scenario.Operation],
            Reports = [.. snapshot.Reports.Select(r => (r, (IReadOnlyList<Donor>)[.. donors[r.Id]]))],
            FoundChildren = snapshot.FoundChildren,
            Samples = samples,
        };
    }
}
