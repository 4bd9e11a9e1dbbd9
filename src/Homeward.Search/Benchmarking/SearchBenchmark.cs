using System.Diagnostics;
using System.Globalization;
using Homeward.Kinship;

namespace Homeward.Search.Benchmarking;

/// <summary>
/// <c>homeward bench search</c>: builds simulated databases in memory and prints, in one run, index
/// bytes per profile, load rate, single-query latency against parent-bearing and sibling-only
/// reports, batch throughput, and the scan's bandwidth as a fraction of the machine's measured
/// memory bandwidth.
/// </summary>
public static class SearchBenchmark
{
    /// <summary>Runs the benchmark and writes a Markdown report.</summary>
    public static void Run(SearchBenchmarkOptions options, FrequencyTable table, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        var markers = table.Markers.Take(options.Markers).ToArray();
        var settings = new KinshipSettings(FrequencyTable.Create(table.Source, markers), 0, options.Mutation ?? MutationSettings.None, null);
        var panel = MarkerPanel.Build(settings, []).Value;
        var culture = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(culture, $"# homeward bench search"));
        output.WriteLine(string.Create(culture, $"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; markers: {panel.Count} ({table.Source}); mutation: {(options.Mutation is null ? "none" : "as given")}"));
        output.WriteLine(string.Create(culture, $"load average at start (1, 5, 15 min): {options.Load?.Invoke() ?? "unknown"} — other processes on the 2 cores slow every figure below"));
        output.WriteLine();

        var bandwidth = MemoryBandwidth.BytesPerSecond(options.BandwidthMegabytes);
        output.WriteLine(string.Create(culture, $"measured memory read bandwidth: {bandwidth / 1e9:F2} GB/s ({options.BandwidthMegabytes} MB buffer, all cores, best of 5)"));
        output.WriteLine();
        output.WriteLine("| database | reports | profiles | index bytes/profile | load (profiles/s) | query median (of which tables) | query p99 | scan GB/s | of memory bandwidth |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");

        foreach (var kind in new[] { DatabaseKind.ParentBearing, DatabaseKind.SiblingOnly })
        {
            var (index, loadSeconds, queries) = Build(panel, settings, kind, options.References, options.Queries, options.Seed);
            var search = new KinshipSearch(index);
            var latencies = new List<double>();
            var tableTimes = new List<double>();
            foreach (var query in queries)
            {
                var watch = Stopwatch.StartNew();
                search.Search(query, options.MinimumLr, 10);
                latencies.Add(watch.Elapsed.TotalMilliseconds);
                watch.Restart();
                QueryTables.Build(index, query);
                tableTimes.Add(watch.Elapsed.TotalMilliseconds);
            }

            tableTimes.Sort();

            latencies.Sort();
            var median = latencies[latencies.Count / 2];
            var p99 = latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(latencies.Count * 0.99) - 1)];
            var codeBytes = index.Singles.Values.Sum(c => c.CodeBytes) + index.Trio.CodeBytes;
            var scanRate = codeBytes / (median / 1000);
            output.WriteLine(string.Create(culture, $"| {Name(kind)} | {index.ReportCount:N0} | {index.ProfileCount:N0} | {(double)index.IndexBytes / index.ProfileCount:F1} | {index.ProfileCount / loadSeconds:N0} | {median:F1} ms ({tableTimes[tableTimes.Count / 2]:F1} tables) | {p99:F1} ms | {scanRate / 1e9:F2} | {scanRate / bandwidth:P0} |"));
            GC.KeepAlive(index);
        }

        output.WriteLine();
        var batch = Build(panel, settings, DatabaseKind.ParentBearing, options.BatchReferences, options.BatchQueries, options.Seed + 1);
        var batchSearch = new KinshipSearch(batch.Index);
        var batchWatch = Stopwatch.StartNew();
        batchSearch.SearchMany(batch.Queries, options.MinimumLr, 10);

        var seconds = batchWatch.Elapsed.TotalSeconds;
        output.WriteLine(string.Create(culture, $"batch: {batch.Queries.Count:N0} queries against {batch.Index.ReportCount:N0} parent-bearing reports ({batch.Index.ProfileCount:N0} profiles) in {seconds:F1} s ({batch.Queries.Count / seconds:F1} queries/s)"));
        output.WriteLine(string.Create(culture, $"load average at end: {options.Load?.Invoke() ?? "unknown"}"));
    }

    private static string Name(DatabaseKind kind) => kind == DatabaseKind.ParentBearing
        ? "parent-bearing (40 % mother, 20 % father, 40 % father+mother)"
        : "sibling-only (full sibling)";

    private static (ReferenceIndex Index, double LoadSeconds, List<QueryProfile> Queries) Build(
        MarkerPanel panel, KinshipSettings settings, DatabaseKind kind, int references, int queryCount, int seed)
    {
        var database = new SyntheticDatabase(panel, seed);
        var builder = new ReferenceIndexBuilder(panel, settings);
        var n = panel.Count;
        var father = new ushort[n];
        var mother = new ushort[n];
        var both = new ushort[2 * n];
        var planted = new List<ushort[]>();
        var watch = Stopwatch.StartNew();
        var profiles = 0;
        for (var r = 0; profiles < references; r++)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"R-{r:D8}");
            database.Founder(father);
            database.Founder(mother);
            var child = planted.Count < queryCount / 2 && r % 97 == 0 ? new ushort[n] : null;
            if (kind == DatabaseKind.SiblingOnly)
            {
                database.Child(father, mother, both.AsSpan(0, n));
                builder.AddSingle(id, FamilyRole.FullSibling, both.AsSpan(0, n));
                profiles++;
            }
            else
            {
                switch (r % 5)
                {
                    case 0 or 1:
                        builder.AddSingle(id, FamilyRole.Mother, mother);
                        profiles++;
                        break;
                    case 2:
                        builder.AddSingle(id, FamilyRole.Father, father);
                        profiles++;
                        break;
                    default:
                        father.CopyTo(both, 0);
                        mother.CopyTo(both, n);
                        builder.AddTrio(id, both);
                        profiles += 2;
                        break;
                }
            }

            if (child is not null)
            {
                database.Child(father, mother, child);
                planted.Add(child);
            }
        }

        var index = builder.Build();
        var loadSeconds = watch.Elapsed.TotalSeconds;
        var queries = new List<QueryProfile>();
        for (var q = 0; q < queryCount; q++)
        {
            var codes = q < planted.Count ? planted[q] : new ushort[n];
            if (q >= planted.Count)
            {
                database.Founder(codes);
            }

            queries.Add(new QueryProfile(string.Create(CultureInfo.InvariantCulture, $"Q-{q:D6}"), q % 2 == 0 ? Sex.Male : Sex.Female, Decode(panel, codes)));
        }

        return (index, loadSeconds, queries);
    }

    private static Dictionary<string, Genotype> Decode(MarkerPanel panel, ushort[] codes)
    {
        var loci = new Dictionary<string, Genotype>(StringComparer.Ordinal);
        for (var m = 0; m < panel.Count; m++)
        {
            var marker = panel.Markers[m];
            var (a, b) = marker.Alleles(codes[m]);
            loci[marker.Frequencies.Name] = new Genotype(marker.Frequencies.Alleles[a], marker.Frequencies.Alleles[b]);
        }

        return loci;
    }

    private enum DatabaseKind
    {
        ParentBearing,
        SiblingOnly,
    }
}

/// <summary>Sizes of the search benchmark.</summary>
public sealed record SearchBenchmarkOptions
{
    /// <summary>Reference profiles per database.</summary>
    public int References { get; init; } = 10_000_000;

    /// <summary>Queries timed one by one.</summary>
    public int Queries { get; init; } = 50;

    /// <summary>Reference profiles for the batch measurement.</summary>
    public int BatchReferences { get; init; } = 1_000_000;

    /// <summary>Queries of the batch measurement.</summary>
    public int BatchQueries { get; init; } = 10_000;

    /// <summary>Markers (the first K of the table).</summary>
    public int Markers { get; init; } = 24;

    /// <summary>The LR a candidate needs.</summary>
    public double MinimumLr { get; init; } = 1;

    /// <summary>The random seed.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>The size of the bandwidth probe.</summary>
    public int BandwidthMegabytes { get; init; } = 1024;

    /// <summary>Reads the machine's load (e.g. /proc/loadavg) for the report; null when unknown.</summary>
    public Func<string?>? Load { get; init; }

    /// <summary>Mutation models, or null for none.</summary>
    public MutationSettings? Mutation { get; init; }
}
