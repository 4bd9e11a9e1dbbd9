using BenchmarkDotNet.Attributes;
using Homeward.Kinship;

namespace Homeward.Benchmarks;

/// <summary>
/// The general engine on the 10-person <see cref="Pedigrees.MissingChildFamily"/> (6 typed) with
/// stepwise mutation over all 24 panel markers, per family, through
/// <see cref="LikelihoodRatioCalculator"/>.
/// </summary>
[MemoryDiagnoser]
public class GeneralPedigreePanelBenchmarks
{
    private const int Families = 4;
    private KinshipCase[] _cases = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(BenchmarkData.Seed + 3);
        _cases = [.. Enumerable.Range(0, Families).Select(_ => new KinshipCase(
            BenchmarkData.Table, Pedigrees.MissingChildFamily, null, FamilySimulation.Simulate(Pedigrees.MissingChildFamily, Pedigrees.MissingChildFamilyTyped, random), 0, BenchmarkData.Mutation))];
    }

    [Benchmark(OperationsPerInvoke = Families, Description = "LikelihoodRatioCalculator, 24 markers")]
    public double Calculator()
    {
        var sum = 0.0;
        foreach (var kinshipCase in _cases)
        {
            sum += LikelihoodRatioCalculator.Compute(kinshipCase).Value.LikelihoodRatio;
        }

        return sum;
    }
}
