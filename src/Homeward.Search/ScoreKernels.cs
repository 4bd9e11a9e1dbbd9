using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Homeward.Search;

/// <summary>
/// The scan kernels over one tile of <see cref="DonorColumns.Tile"/> donors. The AVX2 paths gather
/// eight table entries at a time; the scalar paths are the definition, and the tests hold the two to
/// identical results (the same additions in the same order per donor).
/// </summary>
internal static class ScoreKernels
{
    /// <summary>
    /// The screening margin in log10 units. Each float32 table entry is within 2⁻²⁴ relative of its
    /// exact log10, and each of the k ≤ 64 additions of a sum of terms of magnitude ≤ 40 adds at most
    /// 64 · 40 · 2⁻²⁴; so the float sum is within 64 · 64 · 40 · 2⁻²⁴ + 64 · 40 · 2⁻²⁴ &lt; 0.011 of
    /// the exact log10 LR. A donor whose screening sum is below log10(minimum) − 0.05 cannot reach the
    /// minimum; every other donor gets the exact double product, which alone decides.
    /// </summary>
    public const float ScreeningMargin = 0.05f;

    private const int Tile = DonorColumns.Tile;

    /// <summary>Whether the vector path may be used (tests switch it off to compare).</summary>
    public static bool UseVectors { get; set; } = Avx2.IsSupported;

    /// <summary>sums[i] = Σ_m logTables[m][code of donor i at marker m], for the 64 donors of a tile.</summary>
    public static void SumOfLogLookups<T>(T[] codes, int tileBase, float[][] logTables, Span<float> sums)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (UseVectors && Avx2.IsSupported)
        {
            SumOfLogLookupsAvx2(codes, tileBase, logTables, sums);
            return;
        }

        SumOfLogLookupsScalar(codes, tileBase, logTables, sums);
    }

    internal static void SumOfLogLookupsScalar<T>(T[] codes, int tileBase, float[][] logTables, Span<float> sums)
        where T : unmanaged, IBinaryInteger<T>
    {
        sums[..Tile].Clear();
        for (var m = 0; m < logTables.Length; m++)
        {
            var table = logTables[m];
            var column = codes.AsSpan(tileBase + (m * Tile), Tile);
            for (var i = 0; i < Tile; i++)
            {
                sums[i] += table[int.CreateTruncating(column[i])];
            }
        }
    }

    private static unsafe void SumOfLogLookupsAvx2<T>(T[] codes, int tileBase, float[][] logTables, Span<float> sums)
        where T : unmanaged, IBinaryInteger<T>
    {
        ref var sumRef = ref MemoryMarshal.GetReference(sums);
        var accumulators = stackalloc Vector256<float>[Tile / 8];
        for (var v = 0; v < Tile / 8; v++)
        {
            accumulators[v] = Vector256<float>.Zero;
        }

        fixed (T* codePointer = codes)
        {
            for (var m = 0; m < logTables.Length; m++)
            {
                fixed (float* table = logTables[m])
                {
                    var column = codePointer + tileBase + (m * Tile);
                    for (var v = 0; v < Tile / 8; v++)
                    {
                        var indices = typeof(T) == typeof(byte)
                            ? Avx2.ConvertToVector256Int32((byte*)column + (v * 8))
                            : Avx2.ConvertToVector256Int32((ushort*)column + (v * 8));
                        accumulators[v] += Avx2.GatherVector256(table, indices, 4);
                    }
                }
            }
        }

        for (var v = 0; v < Tile / 8; v++)
        {
            Vector256.StoreUnsafe(accumulators[v], ref Unsafe.Add(ref sumRef, v * 8));
        }
    }

    /// <summary>The exact product for donor <paramref name="within"/> of a tile.</summary>
    public static double ExactProduct<T>(T[] codes, int tileBase, int within, double[][] tables)
        where T : unmanaged, IBinaryInteger<T>
    {
        var product = 1.0;
        for (var m = 0; m < tables.Length; m++)
        {
            product *= tables[m][int.CreateTruncating(codes[tileBase + (m * Tile) + within])];
        }

        return product;
    }

    /// <summary>
    /// Father-and-mother reports: scores[i] = Π_m (Fx[f]·My[m] + Fy[f]·Mx[m]) with f, m the parents' codes.
    /// </summary>
    public static void TrioProduct<T>(T[] fathers, T[] mothers, int tileBase, QueryTables.TrioTables tables, Span<double> scores)
        where T : unmanaged, IBinaryInteger<T>
    {
        scores[..Tile].Fill(1.0);
        for (var m = 0; m < tables.FatherX.Length; m++)
        {
            var f = fathers.AsSpan(tileBase + (m * Tile), Tile);
            var mo = mothers.AsSpan(tileBase + (m * Tile), Tile);
            double[] fx = tables.FatherX[m], fy = tables.FatherY[m], mx = tables.MotherX[m], my = tables.MotherY[m];
            for (var i = 0; i < Tile; i++)
            {
                int a = int.CreateTruncating(f[i]), b = int.CreateTruncating(mo[i]);
                scores[i] *= (fx[a] * my[b]) + (fy[a] * mx[b]);
            }
        }
    }
}
