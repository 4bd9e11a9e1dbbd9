using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Homeward.Search;

/// <summary>
/// The scan kernel: for a block of donors, the product over markers of a per-marker table looked up
/// by each donor's genotype code. An AVX2 path gathers four doubles at a time; the scalar path is
/// the definition, and the tests hold the two to identical results (the same multiplications in the
/// same order).
/// </summary>
internal static class ScoreKernels
{
    /// <summary>Whether the vector path may be used (tests switch it off to compare).</summary>
    public static bool UseVectors { get; set; } = Avx2.IsSupported;

    /// <summary>
    /// scores[i] = Π_m tables[m][codes[m·stride + start + i]] for i in [0, scores.Length).
    /// </summary>
    public static void ProductOfLookups(ushort[] codes, int stride, int start, double[][] tables, Span<double> scores)
    {
        if (UseVectors && Avx2.IsSupported && scores.Length >= Vector256<double>.Count)
        {
            ProductOfLookupsAvx2(codes, stride, start, tables, scores);
        }
        else
        {
            ProductOfLookupsScalar(codes, stride, start, tables, scores);
        }
    }

    /// <summary>
    /// The screening margin in log10 units. Each float32 table entry is within 2⁻²⁴ relative of its
    /// exact log10, and each of the k ≤ 64 additions of a sum of terms of magnitude ≤ 40 adds at most
    /// 64 · 40 · 2⁻²⁴; so the float sum is within 64 · 64 · 40 · 2⁻²⁴ + 64 · 40 · 2⁻²⁴ &lt; 0.011 of
    /// the exact log10 LR. A donor whose screening sum is below log10(minimum) − 0.05 cannot reach the
    /// minimum; every other donor gets the exact double product, which alone decides.
    /// </summary>
    public const float ScreeningMargin = 0.05f;

    /// <summary>sums[i] = Σ_m logTables[m][codes[m·stride + start + i]] in single precision.</summary>
    public static void SumOfLogLookups(ushort[] codes, int stride, int start, float[][] logTables, Span<float> sums)
    {
        if (UseVectors && Avx2.IsSupported && sums.Length >= Vector256<float>.Count)
        {
            SumOfLogLookupsAvx2(codes, stride, start, logTables, sums);
            return;
        }

        sums.Clear();
        for (var m = 0; m < logTables.Length; m++)
        {
            var table = logTables[m];
            var column = codes.AsSpan((m * stride) + start, sums.Length);
            for (var i = 0; i < sums.Length; i++)
            {
                sums[i] += table[column[i]];
            }
        }
    }

    private static unsafe void SumOfLogLookupsAvx2(ushort[] codes, int stride, int start, float[][] logTables, Span<float> sums)
    {
        sums.Clear();
        var length = sums.Length;
        var vectorEnd = length - (length % 8);
        ref var sumRef = ref MemoryMarshal.GetReference(sums);
        for (var m = 0; m < logTables.Length; m++)
        {
            var table = logTables[m];
            var column = codes.AsSpan((m * stride) + start, length);
            fixed (float* tablePointer = table)
            fixed (ushort* columnPointer = column)
            {
                var i = 0;
                for (; i < vectorEnd; i += 8)
                {
                    var indices = Avx2.ConvertToVector256Int32(columnPointer + i);
                    var looked = Avx2.GatherVector256(tablePointer, indices, 4);
                    ref var slot = ref Unsafe.Add(ref sumRef, i);
                    Vector256.StoreUnsafe(Vector256.LoadUnsafe(ref slot) + looked, ref slot);
                }

                for (; i < length; i++)
                {
                    Unsafe.Add(ref sumRef, i) += table[column[i]];
                }
            }
        }
    }

    /// <summary>The exact product for one donor of a tile: Π_m tables[m][codes[tileBase + m·Tile + i]].</summary>
    public static double ExactProduct(ushort[] codes, int tileBase, int within, int tile, double[][] tables)
    {
        var product = 1.0;
        for (var m = 0; m < tables.Length; m++)
        {
            product *= tables[m][codes[tileBase + (m * tile) + within]];
        }

        return product;
    }

    /// <summary>
    /// Father-and-mother reports: scores[i] = Π_m (Fx[f]·My[m] + Fy[f]·Mx[m]) with f, m the parents' codes.
    /// </summary>
    public static void TrioProduct(ushort[] fathers, ushort[] mothers, int tileBase, QueryTables.TrioTables tables, Span<double> scores)
    {
        scores.Fill(1.0);
        var length = scores.Length;
        for (var m = 0; m < tables.FatherX.Length; m++)
        {
            var f = fathers.AsSpan(tileBase + (m * length), length);
            var mo = mothers.AsSpan(tileBase + (m * length), length);
            double[] fx = tables.FatherX[m], fy = tables.FatherY[m], mx = tables.MotherX[m], my = tables.MotherY[m];
            for (var i = 0; i < length; i++)
            {
                scores[i] *= (fx[f[i]] * my[mo[i]]) + (fy[f[i]] * mx[mo[i]]);
            }
        }
    }

    internal static void ProductOfLookupsScalar(ushort[] codes, int stride, int start, double[][] tables, Span<double> scores)
    {
        scores.Fill(1.0);
        for (var m = 0; m < tables.Length; m++)
        {
            var table = tables[m];
            var column = codes.AsSpan((m * stride) + start, scores.Length);
            for (var i = 0; i < scores.Length; i++)
            {
                scores[i] *= table[column[i]];
            }
        }
    }

    private static unsafe void ProductOfLookupsAvx2(ushort[] codes, int stride, int start, double[][] tables, Span<double> scores)
    {
        scores.Fill(1.0);
        var length = scores.Length;
        var vectorEnd = length - (length % 4);
        ref var scoreRef = ref MemoryMarshal.GetReference(scores);
        for (var m = 0; m < tables.Length; m++)
        {
            var table = tables[m];
            var column = codes.AsSpan((m * stride) + start, length);
            fixed (double* tablePointer = table)
            fixed (ushort* columnPointer = column)
            {
                var i = 0;
                for (; i < vectorEnd; i += 4)
                {
                    var indices = Avx2.ConvertToVector128Int32(columnPointer + i);
                    var looked = Avx2.GatherVector256(tablePointer, indices, 8);
                    ref var slot = ref Unsafe.Add(ref scoreRef, i);
                    var current = Vector256.LoadUnsafe(ref slot);
                    Vector256.StoreUnsafe(current * looked, ref slot);
                }

                for (; i < length; i++)
                {
                    Unsafe.Add(ref scoreRef, i) *= table[column[i]];
                }
            }
        }
    }
}
