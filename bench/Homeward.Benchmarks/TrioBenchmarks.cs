using BenchmarkDotNet.Attributes;
using Homeward.Kinship;
using Homeward.Kinship.Peeling;
using Homeward.Kinship.Relationships;

namespace Homeward.Benchmarks;

/// <summary>
/// Trio LR (child, alleged father, mother against all unrelated) over 24 markers with stepwise
/// mutation, per trio: the general engine (baseline), the direct formula per marker, the
/// precomputed transmission tables, and the trio paternity index from the same tables.
/// </summary>
[MemoryDiagnoser]
public class TrioBenchmarks
{
    private const int Trios = 256;
    private EncodedProfiles _fathers = null!;
    private EncodedProfiles _mothers = null!;
    private EncodedProfiles _children = null!;
    private KinshipCase[] _cases = null!;
    private TrioLikelihoodRatioTable _table = null!;
    private TrioKinshipMarker[] _direct = null!;
    private MarkerSystem[] _systems = null!;

    [GlobalSetup]
    public void Setup()
    {
        var panel = BenchmarkData.Panel();
        var random = new Random(BenchmarkData.Seed + 1);
        var fathers = new List<Dictionary<string, Genotype>>();
        var mothers = new List<Dictionary<string, Genotype>>();
        var children = new List<Dictionary<string, Genotype>>();
        for (var i = 0; i < Trios; i++)
        {
            fathers.Add(BenchmarkData.RandomGenotypes(random));
            mothers.Add(BenchmarkData.RandomGenotypes(random));
            children.Add(EncodedProfiles.ChildOf(fathers[i], mothers[i], random));
        }

        _fathers = new EncodedProfiles(panel, fathers);
        _mothers = new EncodedProfiles(panel, mothers);
        _children = new EncodedProfiles(panel, children);
        _cases = [.. Enumerable.Range(0, Trios).Select(i => new KinshipCase(
            BenchmarkData.Table, Pedigrees.Trio, null,
            new Dictionary<string, IReadOnlyDictionary<string, Genotype>> { ["FA"] = fathers[i], ["MO"] = mothers[i], ["CH"] = children[i] },
            0, BenchmarkData.Mutation))];
        _table = panel.Trio();
        _systems = [.. Enumerable.Range(0, panel.Count).Select(panel.System)];
        _direct = [.. _systems.Select(s => new TrioKinshipMarker(s))];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Trios, Description = "general engine (LikelihoodRatioCalculator)")]
    public double GeneralEngine()
    {
        var sum = 0.0;
        foreach (var kinshipCase in _cases)
        {
            sum += LikelihoodRatioCalculator.Compute(kinshipCase).Value.LikelihoodRatio;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Trios, Description = "direct formula per marker")]
    public double DirectFormula()
    {
        var sum = 0.0;
        for (var i = 0; i < Trios; i++)
        {
            var lr = 1.0;
            for (var m = 0; m < _direct.Length; m++)
            {
                var system = _systems[m];
                lr *= _direct[m].LikelihoodRatio(_children.Index(i, m, system), _fathers.Index(i, m, system), _mothers.Index(i, m, system));
            }

            sum += lr;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Trios, Description = "precomputed tables")]
    public double Tables()
    {
        var sum = 0.0;
        for (var i = 0; i < Trios; i++)
        {
            sum += _table.LikelihoodRatio(_children.Profile(i), _fathers.Profile(i), _mothers.Profile(i));
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Trios, Description = "precomputed tables, trio paternity index")]
    public double TablesPaternityIndex()
    {
        var sum = 0.0;
        for (var i = 0; i < Trios; i++)
        {
            sum += _table.PaternityIndex(_children.Profile(i), _fathers.Profile(i), _mothers.Profile(i));
        }

        return sum;
    }
}
