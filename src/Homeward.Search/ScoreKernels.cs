using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Homeward.Search;

/// <summary>The instruction-set tiers of the scan kernels, fastest last.</summary>
internal enum KernelTier
{
    /// <summary>Plain loops: the definition.</summary>
    Scalar,

    /// <summary>AVX2: eight table entries per gather.</summary>
    Avx2,

    /// <summary>AVX-512 VBMI: 64 byte-coded donors per pair of byte permutes (vpermi2b) from a 256-entry table held in four registers.</summary>
    Avx512Vbmi,
}

/// <summary>
/// The scan kernels over one tile of <see cref="DonorColumns.Tile"/> donors: integer sums of
/// <see cref="BoundTable"/> entries (upper bounds of the log10 LR in units of the table's scale), and
/// the exact double products for the donors the bounds cannot rule out. Every tier computes the same
/// integer sums; the tests run each tier and require identical results.
/// </summary>
internal static class ScoreKernels
{
    private const int Tile = DonorColumns.Tile;

    /// <summary>The fastest tier this machine supports.</summary>
    public static KernelTier BestTier { get; } =
        Avx512Vbmi.IsSupported && Avx512BW.IsSupported ? KernelTier.Avx512Vbmi
        : Avx2.IsSupported ? KernelTier.Avx2
        : KernelTier.Scalar;

    /// <summary>The tier in use (tests lower it to compare tiers on one machine).</summary>
    public static KernelTier Tier { get; set; } = BestTier;

    /// <summary>sums[i] = Σ_m bound[m][code of donor i at m], for the 64 donors of a tile.</summary>
    public static void BoundSums<T>(T[] codes, int tileBase, BoundTable table, Span<int> sums)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (Tier == KernelTier.Avx512Vbmi && typeof(T) == typeof(byte) && table.Stride == 256 && table.Markers <= 100)
        {
            BoundSumsAvx512((byte[])(object)codes, tileBase, table, sums);
        }
        else if (Tier >= KernelTier.Avx2)
        {
            BoundSumsAvx2(codes, tileBase, table, sums);
        }
        else
        {
            BoundSumsScalar(codes, tileBase, table, sums);
        }
    }

    /// <summary>
    /// Father-and-mother reports: sums[i] = Σ_m max(Fx[f] + My[m], Fy[f] + Mx[m]) + c[m], an upper
    /// bound of Σ log10(Fx·My + Fy·Mx) since a + b ≤ 2·max(a, b) (c[m] = ⌈log10 2 / q⌉, or 0 where the
    /// query is homozygous and Fy = 0).
    /// </summary>
    public static void TrioBoundSums<T>(T[] fathers, T[] mothers, int tileBase, TrioBounds bounds, Span<int> sums)
        where T : unmanaged, IBinaryInteger<T>
    {
        if (Tier == KernelTier.Avx512Vbmi && typeof(T) == typeof(byte) && bounds.FatherX.Stride == 256 && bounds.FatherX.Markers <= 60)
        {
            TrioBoundSumsAvx512((byte[])(object)fathers, (byte[])(object)mothers, tileBase, bounds, sums);
        }
        else
        {
            TrioBoundSumsScalar(fathers, mothers, tileBase, bounds, sums);
        }
    }

    internal static void BoundSumsScalar<T>(T[] codes, int tileBase, BoundTable table, Span<int> sums)
        where T : unmanaged, IBinaryInteger<T>
    {
        sums[..Tile].Clear();
        var words = table.Words;
        for (var m = 0; m < table.Markers; m++)
        {
            var row = m * table.Stride;
            var column = codes.AsSpan(tileBase + (m * Tile), Tile);
            for (var i = 0; i < Tile; i++)
            {
                sums[i] += words[row + int.CreateTruncating(column[i])];
            }
        }
    }

    internal static void TrioBoundSumsScalar<T>(T[] fathers, T[] mothers, int tileBase, TrioBounds bounds, Span<int> sums)
        where T : unmanaged, IBinaryInteger<T>
    {
        sums[..Tile].Clear();
        int[] fx = bounds.FatherX.Words, fy = bounds.FatherY.Words, mx = bounds.MotherX.Words, my = bounds.MotherY.Words;
        var stride = bounds.FatherX.Stride;
        for (var m = 0; m < bounds.FatherX.Markers; m++)
        {
            var row = m * stride;
            var f = fathers.AsSpan(tileBase + (m * Tile), Tile);
            var mo = mothers.AsSpan(tileBase + (m * Tile), Tile);
            var c = bounds.Slack[m];
            for (var i = 0; i < Tile; i++)
            {
                int a = row + int.CreateTruncating(f[i]), b = row + int.CreateTruncating(mo[i]);
                sums[i] += Math.Max(fx[a] + my[b], fy[a] + mx[b]) + c;
            }
        }
    }

    private static unsafe void BoundSumsAvx2<T>(T[] codes, int tileBase, BoundTable table, Span<int> sums)
        where T : unmanaged, IBinaryInteger<T>
    {
        var accumulators = stackalloc Vector256<int>[Tile / 8];
        for (var v = 0; v < Tile / 8; v++)
        {
            accumulators[v] = Vector256<int>.Zero;
        }

        fixed (T* codePointer = codes)
        fixed (int* words = table.Words)
        {
            for (var m = 0; m < table.Markers; m++)
            {
                var row = words + (m * table.Stride);
                var column = codePointer + tileBase + (m * Tile);
                for (var v = 0; v < Tile / 8; v++)
                {
                    var indices = typeof(T) == typeof(byte)
                        ? Avx2.ConvertToVector256Int32((byte*)column + (v * 8))
                        : Avx2.ConvertToVector256Int32((ushort*)column + (v * 8));
                    accumulators[v] += Avx2.GatherVector256(row, indices, 4);
                }
            }
        }

        for (var v = 0; v < Tile / 8; v++)
        {
            accumulators[v].CopyTo(sums.Slice(v * 8, 8));
        }
    }

    private static unsafe Vector512<sbyte> Lookup(sbyte* row, Vector512<byte> indices)
    {
        var t0 = Vector512.Load((byte*)row);
        var t1 = Vector512.Load((byte*)row + 64);
        var t2 = Vector512.Load((byte*)row + 128);
        var t3 = Vector512.Load((byte*)row + 192);
        var low = Avx512Vbmi.PermuteVar64x8x2(t0, indices, t1);
        var high = Avx512Vbmi.PermuteVar64x8x2(t2, indices, t3);
        var useHigh = Vector512.GreaterThanOrEqual(indices, Vector512.Create((byte)128));
        return Vector512.ConditionalSelect(useHigh, high, low).AsSByte();
    }

    private static unsafe void BoundSumsAvx512(byte[] codes, int tileBase, BoundTable table, Span<int> sums)
    {
        var low = Vector512<short>.Zero;
        var high = Vector512<short>.Zero;
        fixed (byte* codePointer = codes)
        fixed (sbyte* bytes = table.Bytes)
        {
            for (var m = 0; m < table.Markers; m++)
            {
                var indices = Vector512.Load(codePointer + tileBase + (m * Tile));
                var (l, h) = Vector512.Widen(Lookup(bytes + (m * 256), indices));
                low += l;
                high += h;
            }
        }

        Store(low, high, sums);
    }

    private static unsafe void TrioBoundSumsAvx512(byte[] fathers, byte[] mothers, int tileBase, TrioBounds bounds, Span<int> sums)
    {
        var low = Vector512<short>.Zero;
        var high = Vector512<short>.Zero;
        fixed (byte* f = fathers)
        fixed (byte* mo = mothers)
        fixed (sbyte* fx = bounds.FatherX.Bytes)
        fixed (sbyte* fy = bounds.FatherY.Bytes)
        fixed (sbyte* mx = bounds.MotherX.Bytes)
        fixed (sbyte* my = bounds.MotherY.Bytes)
        {
            for (var m = 0; m < bounds.FatherX.Markers; m++)
            {
                var row = m * 256;
                var fi = Vector512.Load(f + tileBase + (m * Tile));
                var mi = Vector512.Load(mo + tileBase + (m * Tile));
                var (fxl, fxh) = Vector512.Widen(Lookup(fx + row, fi));
                var (fyl, fyh) = Vector512.Widen(Lookup(fy + row, fi));
                var (mxl, mxh) = Vector512.Widen(Lookup(mx + row, mi));
                var (myl, myh) = Vector512.Widen(Lookup(my + row, mi));
                var slack = Vector512.Create((short)bounds.Slack[m]);
                low += Vector512.Max(fxl + myl, fyl + mxl) + slack;
                high += Vector512.Max(fxh + myh, fyh + mxh) + slack;
            }
        }

        Store(low, high, sums);
    }

    private static void Store(Vector512<short> low, Vector512<short> high, Span<int> sums)
    {
        var (a, b) = Vector512.Widen(low);
        var (c, d) = Vector512.Widen(high);
        a.CopyTo(sums[..16]);
        b.CopyTo(sums.Slice(16, 16));
        c.CopyTo(sums.Slice(32, 16));
        d.CopyTo(sums.Slice(48, 16));
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

    /// <summary>The exact trio LR for donor <paramref name="within"/> of a tile: Π_m (Fx[f]·My[m] + Fy[f]·Mx[m]).</summary>
    public static double ExactTrio<T>(T[] fathers, T[] mothers, int tileBase, int within, QueryTables.TrioTables tables)
        where T : unmanaged, IBinaryInteger<T>
    {
        var product = 1.0;
        for (var m = 0; m < tables.FatherX.Length; m++)
        {
            int f = int.CreateTruncating(fathers[tileBase + (m * Tile) + within]), mo = int.CreateTruncating(mothers[tileBase + (m * Tile) + within]);
            product *= (tables.FatherX[m][f] * tables.MotherY[m][mo]) + (tables.FatherY[m][f] * tables.MotherX[m][mo]);
        }

        return product;
    }
}

/// <summary>The four trio bound tables with one scale, and the per-marker slack c[m].</summary>
internal sealed record TrioBounds(BoundTable FatherX, BoundTable FatherY, BoundTable MotherX, BoundTable MotherY, int[] Slack)
{
    public double Scale => FatherX.Scale;

    public static TrioBounds Build(QueryTables.TrioTables tables)
    {
        var bounds = BoundTable.Build(tables.FatherX, tables.FatherY, tables.MotherX, tables.MotherY);
        var scale = bounds[0].Scale;
        var two = (int)Math.Ceiling((Math.Log10(2) / scale) + 1e-9);
        var slack = new int[tables.FatherX.Length];
        for (var m = 0; m < slack.Length; m++)
        {
            // Fy is all zero where the query is homozygous: the sum has one term and needs no slack.
            slack[m] = tables.FatherY[m].All(v => v == 0) ? 0 : two;
        }

        return new TrioBounds(bounds[0], bounds[1], bounds[2], bounds[3], slack);
    }
}
