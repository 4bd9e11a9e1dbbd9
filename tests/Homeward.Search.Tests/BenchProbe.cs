using Homeward.Search.Benchmarking;

namespace Homeward.Search.Tests;

public sealed class BenchProbe
{
    [Fact(Skip = "A manual probe of the search benchmark at small scale; run with --filter Probe after removing Skip.")]
    public void Probe()
    {
        var table = TestData.Table("nist1036-asian.csv");
        using var writer = new StringWriter();
        SearchBenchmark.Run(new SearchBenchmarkOptions { References = 1_000_000, Queries = 20, BatchReferences = 100_000, BatchQueries = 200, BandwidthMegabytes = 512 }, table, writer);
        File.WriteAllText("/tmp/bench.md", writer.ToString());
    }
}
