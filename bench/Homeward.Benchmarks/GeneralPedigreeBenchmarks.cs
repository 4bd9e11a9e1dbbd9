using BenchmarkDotNet.Attributes;
using Homeward.Kinship;
using Homeward.Kinship.Peeling;

namespace Homeward.Benchmarks;

/// <summary>
/// The general engine with stepwise mutation, one marker per evaluation, on the 10-person
/// <see cref="Pedigrees.MissingChildFamily"/> (6 typed) and on <see cref="Pedigrees.FourSiblings"/>
/// (both parents untyped: the densest messages): through <see cref="LikelihoodRatioCalculator"/>
/// (H1 and H2, frequency and mutation set-up included; baseline) and the peeler's H1 alone, for a
/// small (TH01, 6 alleles), a middling (D21S11, 12) and the largest marker of the panel (SE33, 22).
/// </summary>
[MemoryDiagnoser]
public class GeneralPedigreeBenchmarks
{
    private const int Families = 16;
    private KinshipCase[] _cases = null!;
    private int[][] _typed = null!;
    private MarkerSystem _system = null!;
    private PedigreeTopology _topology = null!;

    [Params("missing-child family", "four siblings")]
    public string Family { get; set; } = "missing-child family";

    [Params("TH01", "D21S11", "SE33")]
    public string Marker { get; set; } = "SE33";

    [GlobalSetup]
    public void Setup()
    {
        var (pedigree, typedIds) = Family == "four siblings"
            ? (Pedigrees.FourSiblings, Pedigrees.FourSiblingsTyped)
            : (Pedigrees.MissingChildFamily, Pedigrees.MissingChildFamilyTyped);
        var panel = BenchmarkData.Panel();
        var m = Array.IndexOf(BenchmarkData.Markers, Marker);
        var marker = panel.Markers[m];
        _system = panel.System(m);
        _topology = new PedigreeTopology(pedigree);
        var random = new Random(BenchmarkData.Seed + 2);
        _cases = new KinshipCase[Families];
        _typed = new int[Families][];
        for (var f = 0; f < Families; f++)
        {
            var family = FamilySimulation.Simulate(pedigree, typedIds, random);
            var oneMarker = family.ToDictionary(
                kv => kv.Key,
                kv => (IReadOnlyDictionary<string, Genotype>)new Dictionary<string, Genotype> { [marker.Name] = kv.Value[marker.Name] });
            _cases[f] = new KinshipCase(BenchmarkData.Table, pedigree, null, oneMarker, 0, BenchmarkData.Mutation);
            _typed[f] = new int[pedigree.Count];
            for (var i = 0; i < _typed[f].Length; i++)
            {
                _typed[f][i] = family.TryGetValue(pedigree.Persons[i].Id, out var genotypes)
                    ? GenotypeSpace.Index(marker.IndexOf(genotypes[marker.Name].First), marker.IndexOf(genotypes[marker.Name].Second))
                    : -1;
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Families, Description = "LikelihoodRatioCalculator, 1 marker")]
    public double Calculator()
    {
        var sum = 0.0;
        foreach (var kinshipCase in _cases)
        {
            sum += LikelihoodRatioCalculator.Compute(kinshipCase).Value.LikelihoodRatio;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Families, Description = "Peeler H1, 1 marker")]
    public double Peeler()
    {
        var sum = 0.0;
        foreach (var typed in _typed)
        {
            sum += new Peeler(_topology, _system, typed).Likelihood();
        }

        return sum;
    }
}
