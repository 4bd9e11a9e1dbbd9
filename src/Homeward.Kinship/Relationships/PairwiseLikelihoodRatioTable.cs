namespace Homeward.Kinship.Relationships;

/// <summary>
/// The exact likelihood ratio "A and B related as <see cref="Relationship"/>" against "unrelated",
/// over the markers of a <see cref="MarkerPanel"/> (θ = 0, with the panel's mutation models):
/// one look-up per marker in tables precomputed for every pair of genotypes, so a comparison of two
/// encoded profiles costs a few nanoseconds per marker and allocates nothing. A marker untyped in
/// one person contributes that person's relative's genotype probability under H1 over its
/// population frequency (exactly as <see cref="LikelihoodRatioCalculator"/>), a marker untyped in
/// both contributes 1. Immutable and thread-safe.
/// </summary>
public sealed class PairwiseLikelihoodRatioTable
{
    private readonly TableSlot[] _slots;
    private readonly double[] _table;

    internal PairwiseLikelihoodRatioTable(MarkerPanel panel, PairwiseRelationship relationship)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(relationship);
        Panel = panel;
        Relationship = relationship;
        var markers = new PairwiseKinshipMarker[panel.Count];
        _slots = new TableSlot[panel.Count];
        var size = 0L;
        for (var m = 0; m < markers.Length; m++)
        {
            markers[m] = new PairwiseKinshipMarker(panel.System(m), relationship);
            var stride = markers[m].TableStride;
            _slots[m] = new TableSlot(checked((int)size), stride);
            size += (long)stride * stride;
        }

        _table = new double[checked((int)size)];
        for (var m = 0; m < markers.Length; m++)
        {
            var slot = _slots[m];
            markers[m].WriteTable(_table.AsSpan(slot.Offset, slot.Stride * slot.Stride));
        }
    }

    /// <summary>The panel the profiles are encoded over.</summary>
    public MarkerPanel Panel { get; }

    /// <summary>H1: how the first person (A) is related to the second (B).</summary>
    public PairwiseRelationship Relationship { get; }

    /// <summary>The number of doubles held: Σ (G+1)² over the markers.</summary>
    public int TableSize => _table.Length;

    /// <summary>
    /// The likelihood ratio of profiles A (<paramref name="first"/>) and B (<paramref name="second"/>),
    /// each one code per panel marker (see <see cref="MarkerPanel.Encode"/>); any code ≥ G of its
    /// marker reads as untyped.
    /// </summary>
    public double LikelihoodRatio(ReadOnlySpan<ushort> first, ReadOnlySpan<ushort> second)
    {
        var slots = _slots;
        if (first.Length != slots.Length || second.Length != slots.Length)
        {
            throw new ArgumentException($"Profiles over this panel have {slots.Length} codes, not {first.Length} and {second.Length}.");
        }

        var table = _table;
        var lr = 1.0;
        for (var m = 0; m < slots.Length; m++)
        {
            var slot = slots[m];
            var last = slot.Stride - 1;
            var a = Math.Min(first[m], last);
            var b = Math.Min(second[m], last);
            lr *= table[slot.Offset + (a * slot.Stride) + b];
        }

        return lr;
    }

    /// <summary>One marker's likelihood ratio.</summary>
    public double MarkerLikelihoodRatio(int marker, ushort first, ushort second) => Row(marker, first)[Math.Min(second, _slots[marker].Stride - 1)];

    /// <summary>
    /// The likelihood ratios at one marker of A's genotype <paramref name="first"/> with every
    /// genotype of B, indexed by B's code (the last entry is B untyped): for scanning many B.
    /// </summary>
    public ReadOnlySpan<double> Row(int marker, ushort first)
    {
        var slot = _slots[marker];
        var a = Math.Min(first, slot.Stride - 1);
        return _table.AsSpan(slot.Offset + (a * slot.Stride), slot.Stride);
    }
}
