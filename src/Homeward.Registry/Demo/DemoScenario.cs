using System.Collections.Frozen;
using Homeward.Kinship;
using Homeward.Kinship.Simulation;
using Homeward.Registry.Cases;
using Homeward.Registry.Continuous;
using Homeward.Registry.Matching;

namespace Homeward.Registry.Demo;

/// <summary>
/// A seeded demo registry: a few thousand missing-child reports with reference DNA from relatives of
/// varied shapes (<see cref="PopulationSimulator"/>), and the children rescued by one operation
/// modelled on July 2011 (<see cref="DemoOperationFacts"/>), about half of whom have a report. The
/// truth is the scenario's alone: the matcher sees only <see cref="Snapshot"/>. A pure function of
/// the options; no I/O.
/// </summary>
public sealed class DemoScenario
{
    private DemoScenario(RegistrySnapshot snapshot, Operation operation, FrozenDictionary<string, string?> truth, FrozenSet<string> fromVietnam, IReadOnlyList<string> markers)
    {
        Snapshot = snapshot;
        Operation = operation;
        Truth = truth;
        FromVietnam = fromVietnam;
        Markers = markers;
    }

    /// <summary>What the registry holds: reports, donors, found children and genetic profiles.</summary>
    public RegistrySnapshot Snapshot { get; }

    /// <summary>The operation that rescued the children.</summary>
    public Operation Operation { get; }

    /// <summary>Found child id → the report of the child's family, or null when the family did not report (or lives in Vietnam).</summary>
    public IReadOnlyDictionary<string, string?> Truth { get; }

    /// <summary>The found children brought from Vietnam.</summary>
    public IReadOnlySet<string> FromVietnam { get; }

    /// <summary>The markers typed.</summary>
    public IReadOnlyList<string> Markers { get; }

    /// <summary>Whether a pair is the truth: the found child is the report's missing child.</summary>
    public bool IsTrue(MatchKey key) => Truth.TryGetValue(key.FoundChildId, out var report) && string.Equals(report, key.ReportId, StringComparison.Ordinal);

    /// <summary>Builds the scenario; the same options give the same scenario on every machine.</summary>
    public static Result<DemoScenario> Build(DemoScenarioOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var valid = options.Validate();
        if (!valid.IsSuccess)
        {
            return Result<DemoScenario>.Failure(valid.Errors);
        }

        var simulator = PopulationSimulator.Create(new PopulationSimulationOptions
        {
            Frequencies = options.Frequencies,
            Markers = options.Markers,
            Reports = options.Reports,
            Queries = DemoOperationFacts.RescuedChildren,
            RelatedFraction = (double)DemoOperationFacts.ChildrenWithReport / DemoOperationFacts.RescuedChildren,
            Seed = options.Seed,
            MissingMarkerRate = options.MissingMarkerRate,
            Shapes = options.Shapes,
        });
        if (!simulator.IsSuccess)
        {
            return Result<DemoScenario>.Failure(simulator.Errors);
        }

        return Assemble(options, simulator.Value);
    }

    private static DemoScenario Assemble(DemoScenarioOptions options, PopulationSimulator simulator)
    {
        var profiles = new Dictionary<string, GeneticProfile>(StringComparer.Ordinal);
        var queries = simulator.Queries().ToArray();
        var fates = new List<DemoChildFate>(queries.Length);
        var vietnam = 0;
        for (var i = 0; i < queries.Length; i++)
        {
            var (profile, truth) = queries[i];
            var fromVietnam = truth.Report is null && vietnam < DemoOperationFacts.FromVietnam;
            vietnam += fromVietnam ? 1 : 0;
            fates.Add(DemoChildFate.Draw(options.Seed, i, profile.Id, profile.Sex, fromVietnam, truth.Report));
            profiles[profile.Id] = Profile(profile.Id, profile.Loci);
        }

        var fateByReport = fates.Where(f => f.ReportId is not null).ToDictionary(f => f.ReportId!, StringComparer.Ordinal);
        var reports = new List<MissingChildReport>(options.Reports);
        var donors = new List<Donor>();
        var families = new Dictionary<string, DemoReportWriter.Written>(StringComparer.Ordinal);
        var index = 0;
        foreach (var group in simulator.References().GroupBy(r => r.Report, StringComparer.Ordinal))
        {
            var references = group.ToArray();
            foreach (var reference in references)
            {
                profiles[reference.Id] = Profile(reference.Id, reference.Loci);
            }

            var written = DemoReportWriter.Write(options.Seed, index++, group.Key, references, fateByReport.GetValueOrDefault(group.Key));
            reports.Add(written.Report);
            donors.AddRange(written.Donors);
            if (fateByReport.ContainsKey(group.Key))
            {
                families[group.Key] = written;
            }
        }

        var children = fates.Select(f => DemoChildWriter.Write(f, f.ReportId is { } r ? families[r] : null)).ToArray();
        var operation = Operation.Create(
            DemoOperationFacts.OperationId, DemoOperationFacts.CrossBorderBust, DemoOperationFacts.Provinces, DemoOperationFacts.Arrests,
            DemoOperationFacts.Rings, children.Select(c => c.Id)).Value;
        return new DemoScenario(
            new RegistrySnapshot(reports, donors, children, profiles),
            operation,
            fates.ToFrozenDictionary(f => f.ChildId, f => f.ReportId, StringComparer.Ordinal),
            fates.Where(f => f.FromVietnam).Select(f => f.ChildId).ToFrozenSet(StringComparer.Ordinal),
            simulator.Markers);
    }

    private static GeneticProfile Profile(string code, IEnumerable<TypedLocus> loci) =>
        GeneticProfile.Create(code, loci.ToDictionary(l => l.Marker, l => l.Genotype, StringComparer.Ordinal)).Value;
}
