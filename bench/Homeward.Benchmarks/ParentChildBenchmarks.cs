using BenchmarkDotNet.Attributes;
using Homeward.Kinship;
using Homeward.Kinship.Peeling;
using Homeward.Kinship.Relationships;

namespace Homeward.Benchmarks;

/// <summary>
/// Parent–child LR over 24 markers with stepwise mutation, per pair: the general engine through
/// its public API (baseline), the general engine's peeler alone, the direct formula per marker,
/// and the precomputed tables (the search path). Each invocation runs <see cref="Pairs"/> pairs.
/// </summary>
[MemoryDiagnoser]
public class ParentChildBenchmarks
{
    private const int Pairs = 256;
    private EncodedProfiles _parents = null!;
    private EncodedProfiles _children = null!;
    private KinshipCase[] _cases = null!;
    private PairwiseLikelihoodRatioTable _table = null!;
    private PairwiseKinshipMarker[] _direct = null!;
    private MarkerSystem[] _systems = null!;
    private double[][] _hardyWeinberg = null!;
    private PedigreeTopology _topology = null!;

    [GlobalSetup]
    public void Setup()
    {
        var panel = BenchmarkData.Panel();
        var relationship = PairwiseRelationship.ParentChild(Sex.Male);
        var random = new Random(BenchmarkData.Seed);
        var parents = new List<Dictionary<string, Genotype>>();
        var children = new List<Dictionary<string, Genotype>>();
        for (var i = 0; i < Pairs; i++)
        {
            parents.Add(BenchmarkData.RandomGenotypes(random));
            children.Add(EncodedProfiles.ChildOf(parents[i], BenchmarkData.RandomGenotypes(random), random));
        }

        _parents = new EncodedProfiles(panel, parents);
        _children = new EncodedProfiles(panel, children);
        _cases = [.. Enumerable.Range(0, Pairs).Select(i => new KinshipCase(
            BenchmarkData.Table, Pedigrees.ParentChild, null,
            new Dictionary<string, IReadOnlyDictionary<string, Genotype>> { ["AF"] = parents[i], ["CH"] = children[i] },
            0, BenchmarkData.Mutation))];
        _table = panel.Pairwise(relationship);
        _systems = [.. Enumerable.Range(0, panel.Count).Select(panel.System)];
        _direct = [.. _systems.Select(s => new PairwiseKinshipMarker(s, relationship))];
        _hardyWeinberg = [.. _systems.Select(s => s.HardyWeinberg())];
        _topology = new PedigreeTopology(Pedigrees.ParentChild);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Pairs, Description = "general engine (LikelihoodRatioCalculator)")]
    public double GeneralEngine()
    {
        var sum = 0.0;
        foreach (var kinshipCase in _cases)
        {
            sum += LikelihoodRatioCalculator.Compute(kinshipCase).Value.LikelihoodRatio;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Pairs, Description = "general engine, peeler only")]
    public double Peeler()
    {
        var sum = 0.0;
        var typed = new int[3];
        for (var i = 0; i < Pairs; i++)
        {
            var lr = 1.0;
            for (var m = 0; m < _systems.Length; m++)
            {
                var system = _systems[m];
                typed[0] = _parents.Index(i, m, system);
                typed[1] = -1;
                typed[2] = _children.Index(i, m, system);
                var h1 = new Peeler(_topology, system, typed).Likelihood();
                lr *= h1 / (_hardyWeinberg[m][typed[0]] * _hardyWeinberg[m][typed[2]]);
            }

            sum += lr;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Pairs, Description = "direct formula per marker")]
    public double DirectFormula()
    {
        var sum = 0.0;
        for (var i = 0; i < Pairs; i++)
        {
            var lr = 1.0;
            for (var m = 0; m < _direct.Length; m++)
            {
                lr *= _direct[m].LikelihoodRatio(_parents.Index(i, m, _systems[m]), _children.Index(i, m, _systems[m]));
            }

            sum += lr;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Pairs, Description = "precomputed tables")]
    public double Tables()
    {
        var sum = 0.0;
        for (var i = 0; i < Pairs; i++)
        {
            sum += _table.LikelihoodRatio(_parents.Profile(i), _children.Profile(i));
        }

        return sum;
    }
}
