using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Homeward.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line, e.g.
/// <c>dotnet run -c Release --project bench/Homeward.Benchmarks -- --filter '*' --job short</c>.
/// Ratios to the baseline are shown as trends ("1,234.5x faster"): the fast paths are thousands
/// of times faster than the general engine, which a plain ratio column rounds to 0.000.
/// </summary>
internal static class Program
{
    private static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(
            args,
            DefaultConfig.Instance.WithSummaryStyle(SummaryStyle.Default.WithRatioStyle(RatioStyle.Trend)));
}
