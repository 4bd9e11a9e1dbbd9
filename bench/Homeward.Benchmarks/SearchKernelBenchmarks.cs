using BenchmarkDotNet.Attributes;
using Homeward.Search;

namespace Homeward.Benchmarks;

/// <summary>
/// The search's screening kernel: integer bound sums of 24-marker byte-coded donors, 64 per tile,
/// over 4,096 tiles (262,144 donors, 6 MiB of codes) per invocation, in each instruction-set tier.
/// The scalar tier is the baseline; all tiers compute identical sums (tests/…/KernelTierTests).
/// </summary>
[MemoryDiagnoser]
public class SearchKernelBenchmarks
{
    private const int Markers = 24;
    private const int Tiles = 4096;
    private byte[] _codes = null!;
    private BoundTable _bounds = null!;
    private int[] _sums = null!;

    [Params(KernelTierName.Scalar, KernelTierName.Avx2, KernelTierName.Avx512Vbmi)]
    public KernelTierName Tier { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(BenchmarkData.Seed);
        _codes = new byte[Tiles * Markers * DonorColumns.Tile];
        random.NextBytes(_codes);
        for (var i = 0; i < _codes.Length; i++)
        {
            _codes[i] = (byte)(_codes[i] % 253);
        }

        var values = Enumerable.Range(0, Markers).Select(_ => Enumerable.Range(0, 254).Select(_ => Math.Pow(10, (random.NextDouble() * 6) - 4)).ToArray()).ToArray();
        _bounds = BoundTable.Build(values)[0];
        _sums = new int[DonorColumns.Tile];
        var tier = (KernelTier)(int)Tier;
        if (tier > ScoreKernels.BestTier)
        {
            throw new NotSupportedException($"{Tier} is not supported on this machine (best: {ScoreKernels.BestTier})");
        }

        ScoreKernels.Tier = tier;
    }

    [Benchmark(Description = "bound sums, 262,144 donors × 24 markers")]
    public int BoundSums()
    {
        var total = 0;
        for (var tile = 0; tile < Tiles; tile++)
        {
            ScoreKernels.BoundSums(_codes, tile * Markers * DonorColumns.Tile, _bounds, _sums);
            total += _sums[0];
        }

        return total;
    }

    [GlobalCleanup]
    public void Cleanup() => ScoreKernels.Tier = ScoreKernels.BestTier;
}

/// <summary>Public mirror of the internal kernel tiers, for BenchmarkDotNet's parameters.</summary>
public enum KernelTierName
{
    /// <summary>Plain loops.</summary>
    Scalar,

    /// <summary>AVX2 gathers.</summary>
    Avx2,

    /// <summary>AVX-512 VBMI byte permutes.</summary>
    Avx512Vbmi,
}
