namespace Homeward.Search;

/// <summary>
/// A per-query screening table: for each marker, an upper bound of log10 of a table entry in units
/// of <see cref="Scale"/>, as a signed byte (<see cref="Stride"/> entries per marker: 256 when byte
/// codes index it directly, more for wide codes; entries past the marker's codes are −128). The entry for value v is
/// k = ⌈log10(v) / q + ε⌉ clamped to [−128, 127], so k·q ≥ log10 v (−128 also stands for 0); the
/// scale q is chosen per table so that the largest log10 fits, never finer than 1/32. Sums of
/// entries are exact integers, identical in every kernel tier, and q·Σk bounds the log10 LR from above.
/// </summary>
internal sealed class BoundTable
{
    private const double MinimumScale = 1.0 / 32;
    private const double Epsilon = 1e-9;

    private BoundTable(double scale, int stride, sbyte[] bytes, int[] words, int markers)
    {
        Scale = scale;
        Stride = stride;
        Bytes = bytes;
        Words = words;
        Markers = markers;
    }

    /// <summary>log10 units per step.</summary>
    public double Scale { get; }

    /// <summary>Entries per marker: at least 256 and at least every marker's code count.</summary>
    public int Stride { get; }

    /// <summary>Marker-major, <see cref="Stride"/> entries per marker.</summary>
    public sbyte[] Bytes { get; }

    /// <summary>The same entries widened, for gather kernels.</summary>
    public int[] Words { get; }

    public int Markers { get; }

    /// <summary>Builds bound tables for several value tables sharing one scale (e.g. the four trio tables).</summary>
    public static BoundTable[] Build(params double[][][] tables)
    {
        var maxLog = 0.0;
        foreach (var table in tables)
        {
            foreach (var marker in table)
            {
                foreach (var v in marker)
                {
                    if (v > 0)
                    {
                        maxLog = Math.Max(maxLog, Math.Log10(v));
                    }
                }
            }
        }

        var scale = Math.Max(MinimumScale, (maxLog + 0.01) / 127);
        return [.. tables.Select(table => Quantise(table, scale))];
    }

    /// <summary>The smallest integer sum whose bound reaches log10(threshold): a donor with a smaller sum cannot.</summary>
    public static int MinimumSum(double threshold, double scale) =>
        threshold <= 0 ? int.MinValue : (int)Math.Clamp(Math.Ceiling((Math.Log10(threshold) / scale) - 1e-6), int.MinValue / 2, int.MaxValue / 2);

    /// <summary>The bound entry of a value.</summary>
    public static sbyte Quantise(double value, double scale) =>
        value <= 0 ? sbyte.MinValue : (sbyte)Math.Clamp(Math.Ceiling((Math.Log10(value) / scale) + Epsilon), sbyte.MinValue, sbyte.MaxValue);

    private static BoundTable Quantise(double[][] table, double scale)
    {
        var stride = Math.Max(256, table.Max(m => m.Length));
        var bytes = new sbyte[table.Length * stride];
        var words = new int[table.Length * stride];
        Array.Fill(bytes, sbyte.MinValue);
        Array.Fill(words, sbyte.MinValue);
        for (var m = 0; m < table.Length; m++)
        {
            for (var g = 0; g < table[m].Length; g++)
            {
                var k = Quantise(table[m][g], scale);
                bytes[(m * stride) + g] = k;
                words[(m * stride) + g] = k;
            }
        }

        return new BoundTable(scale, stride, bytes, words, table.Length);
    }
}
