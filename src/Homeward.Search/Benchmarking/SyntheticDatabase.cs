namespace Homeward.Search.Benchmarking;

/// <summary>
/// Draws encoded genotypes directly (allele indices from the panel's frequencies), for building
/// simulated databases of millions of profiles without materialising profile objects. Deterministic
/// for a seed. Children are drawn by Mendelian transmission from a parent's code (no mutation).
/// </summary>
internal sealed class SyntheticDatabase
{
    private readonly MarkerPanel _panel;
    private readonly double[][] _cumulative;
    private readonly Random _random;

    public SyntheticDatabase(MarkerPanel panel, int seed)
    {
        _panel = panel;
        _random = new Random(seed);
        _cumulative = panel.Markers.Select(m =>
        {
            var c = new double[m.AlleleCount];
            var sum = 0.0;
            for (var a = 0; a < c.Length; a++)
            {
                sum += m.Frequencies.Frequencies[a];
                c[a] = sum;
            }

            return c;
        }).ToArray();
    }

    public void Founder(Span<ushort> codes)
    {
        for (var m = 0; m < _panel.Count; m++)
        {
            codes[m] = (ushort)Kinship.MarkerModel.GenotypeIndex(Allele(m), Allele(m));
        }
    }

    public void Child(ReadOnlySpan<ushort> father, ReadOnlySpan<ushort> mother, Span<ushort> codes)
    {
        for (var m = 0; m < _panel.Count; m++)
        {
            codes[m] = (ushort)Kinship.MarkerModel.GenotypeIndex(Transmit(m, father[m]), Transmit(m, mother[m]));
        }
    }

    /// <summary>A child of one known parent and an unknown one.</summary>
    public void ChildOf(ReadOnlySpan<ushort> parent, Span<ushort> codes)
    {
        for (var m = 0; m < _panel.Count; m++)
        {
            codes[m] = (ushort)Kinship.MarkerModel.GenotypeIndex(Transmit(m, parent[m]), Allele(m));
        }
    }

    public int Next(int maxExclusive) => _random.Next(maxExclusive);

    private int Transmit(int marker, ushort code)
    {
        var (a, b) = _panel.Markers[marker].Alleles(code);
        return _random.Next(2) == 0 ? a : b;
    }

    private int Allele(int marker)
    {
        var c = _cumulative[marker];
        var u = _random.NextDouble() * c[^1];
        var index = Array.BinarySearch(c, u);
        return Math.Min(index >= 0 ? index : ~index, c.Length - 1);
    }
}
