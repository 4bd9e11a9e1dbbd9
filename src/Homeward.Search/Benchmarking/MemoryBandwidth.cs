using System.Diagnostics;
using System.Numerics;

namespace Homeward.Search.Benchmarking;

/// <summary>
/// Measures the machine's sustained read bandwidth in the same run as the scan it is compared
/// with: all cores summing a buffer much larger than the caches, best of several passes.
/// </summary>
internal static class MemoryBandwidth
{
    public static double BytesPerSecond(int megabytes = 1024, int passes = 5, int threads = 0)
    {
        threads = threads > 0 ? threads : Environment.ProcessorCount;
        var data = new ulong[megabytes * 1024L * 1024 / sizeof(ulong)];
        Parallel.For(0, threads, t =>
        {
            var (start, end) = Slice(data.Length, threads, t);
            for (var i = start; i < end; i++)
            {
                data[i] = (ulong)i;
            }
        });
        var best = double.MaxValue;
        ulong sink = 0;
        for (var pass = 0; pass < passes; pass++)
        {
            var watch = Stopwatch.StartNew();
            var sums = new ulong[threads];
            Parallel.For(0, threads, new ParallelOptions { MaxDegreeOfParallelism = threads }, t =>
            {
                var (start, end) = Slice(data.Length, threads, t);
                var span = data.AsSpan(start, end - start);
                var acc = Vector<ulong>.Zero;
                var i = 0;
                for (; i <= span.Length - Vector<ulong>.Count; i += Vector<ulong>.Count)
                {
                    acc += new Vector<ulong>(span[i..]);
                }

                sums[t] = Vector.Sum(acc);
            });
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
            sink += sums.Aggregate(0UL, (a, b) => a + b);
        }

        GC.KeepAlive(sink);
        return data.Length * (double)sizeof(ulong) / best;
    }

    private static (int Start, int End) Slice(int length, int parts, int part)
    {
        var size = length / parts;
        return (part * size, part == parts - 1 ? length : (part + 1) * size);
    }
}
