using BenchmarkDotNet.Running;

namespace Homeward.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line, e.g.
/// <c>dotnet run -c Release --project bench/Homeward.Benchmarks -- --filter '*' --job short</c>.
/// </summary>
internal static class Program
{
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
