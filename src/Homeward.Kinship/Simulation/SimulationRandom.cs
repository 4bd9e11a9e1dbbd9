namespace Homeward.Kinship.Simulation;

/// <summary>
/// xoshiro256** (Blackman and Vigna), seeded through SplitMix64. Written out here rather than using
/// <see cref="Random"/>, whose seeded sequence .NET does not promise to keep across versions: a seed
/// must give the same simulation on every machine and runtime. Only integer arithmetic and exact
/// conversions are used, so the stream is bit-identical everywhere.
/// </summary>
internal sealed class SimulationRandom
{
    private const double Unit = 1.0 / (1UL << 53);
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    private SimulationRandom(ulong seed)
    {
        var x = seed;
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    /// <summary>
    /// An independent stream for one purpose and one item (a report, a query, a simulated pair), so
    /// that each item is reproducible on its own, in any order and on any thread.
    /// </summary>
    public static SimulationRandom For(long seed, RandomStream stream, long index)
    {
        var h = Mix(unchecked((ulong)seed));
        h = Mix(h ^ unchecked((ulong)(int)stream * 0xD1B54A32D192ED03UL));
        h = Mix(h ^ unchecked((ulong)index * 0x9E3779B97F4A7C15UL));
        return new SimulationRandom(h);
    }

    /// <summary>A uniform 64-bit integer.</summary>
    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * Unit;

    /// <summary>A fair coin.</summary>
    public bool NextBool() => (NextUInt64() >> 63) != 0;

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => p > 0 && NextDouble() < p;

    /// <summary>A uniform integer in [0, <paramref name="n"/>), without modulo bias (Lemire).</summary>
    public int NextInt(int n)
    {
        if (n <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "must be positive");
        }

        return (int)NextLong(n);
    }

    /// <summary>A uniform integer in [0, <paramref name="n"/>), without modulo bias (Lemire).</summary>
    public long NextLong(long n)
    {
        if (n <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "must be positive");
        }

        var bound = (ulong)n;
        var m = (UInt128)NextUInt64() * bound;
        var low = (ulong)m;
        if (low < bound)
        {
            var threshold = (0UL - bound) % bound;
            while (low < threshold)
            {
                m = (UInt128)NextUInt64() * bound;
                low = (ulong)m;
            }
        }

        return (long)(ulong)(m >> 64);
    }

    private static ulong SplitMix(ref ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        return Mix(x);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}

/// <summary>The purposes that get their own random stream, so that adding one never shifts another.</summary>
internal enum RandomStream
{
    Family = 1,
    ReferenceTyping = 2,
    QuerySelection = 3,
    QueryTyping = 4,
    UnrelatedQuery = 5,
    EvaluationTrue = 6,
    EvaluationUnrelated = 7,

    /// <summary>The descriptive data of a report in the registry's demo scenario.</summary>
    DemoReport = 8,

    /// <summary>The descriptive data of a found child in the registry's demo scenario.</summary>
    DemoFoundChild = 9,
}
