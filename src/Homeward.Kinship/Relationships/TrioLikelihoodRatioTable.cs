namespace Homeward.Kinship.Relationships;

/// <summary>
/// Exact trio likelihood ratios over the markers of a <see cref="MarkerPanel"/> (θ = 0, with the
/// panel's mutation models), for a child C, an alleged father F and a mother M: every genotype's
/// transmission vector <c>t_{a,b} = ½(M[a] + M[b])</c> (male and female) is precomputed, so a marker
/// costs four look-ups and allocates nothing. Untyped parents transmit as untyped founders
/// (S·p·M); a marker untyped in the child contributes 1. Immutable and thread-safe.
/// </summary>
public sealed class TrioLikelihoodRatioTable
{
    private readonly Slot[] _slots;
    private readonly double[] _father;
    private readonly double[] _mother;
    private readonly ushort[] _childFirst;
    private readonly ushort[] _childSecond;
    private readonly double[] _childWeight;

    internal TrioLikelihoodRatioTable(MarkerPanel panel)
    {
        ArgumentNullException.ThrowIfNull(panel);
        Panel = panel;
        _slots = new Slot[panel.Count];
        var markers = new TrioKinshipMarker[panel.Count];
        int transmissions = 0, genotypes = 0;
        for (var m = 0; m < markers.Length; m++)
        {
            var marker = markers[m] = new TrioKinshipMarker(panel.System(m));
            _slots[m] = new Slot(transmissions, genotypes, marker.AlleleCount, marker.GenotypeCount);
            transmissions += (marker.GenotypeCount + 1) * marker.AlleleCount;
            genotypes += marker.GenotypeCount;
        }

        _father = new double[transmissions];
        _mother = new double[transmissions];
        _childFirst = new ushort[genotypes];
        _childSecond = new ushort[genotypes];
        _childWeight = new double[genotypes];
        for (var m = 0; m < markers.Length; m++)
        {
            var marker = markers[m];
            var slot = _slots[m];
            for (var g = 0; g <= slot.Genotypes; g++)
            {
                for (var x = 0; x < slot.Alleles; x++)
                {
                    _father[slot.Transmissions + (g * slot.Alleles) + x] = marker.FatherTransmits(g, x);
                    _mother[slot.Transmissions + (g * slot.Alleles) + x] = marker.MotherTransmits(g, x);
                }
            }

            var space = panel.System(m).Space;
            for (var g = 0; g < slot.Genotypes; g++)
            {
                var x = space.First[g];
                var y = space.Second[g];
                _childFirst[slot.Child + g] = (ushort)x;
                _childSecond[slot.Child + g] = (ushort)y;

                // t_F(x)t_M(y) + t_F(y)t_M(x) counts a homozygote twice; halve it (exactly) here.
                _childWeight[slot.Child + g] = (x == y ? 0.5 : 1) / marker.HardyWeinberg(g);
            }
        }
    }

    /// <summary>The panel the profiles are encoded over.</summary>
    public MarkerPanel Panel { get; }

    /// <summary>
    /// P(C, F, M | F and M are C's parents) / P(C, F, M | all unrelated), each profile one code per
    /// panel marker (see <see cref="MarkerPanel.Encode"/>); any code ≥ G of its marker reads as untyped.
    /// </summary>
    public double LikelihoodRatio(ReadOnlySpan<ushort> child, ReadOnlySpan<ushort> father, ReadOnlySpan<ushort> mother)
    {
        Check(child, father, mother);
        var lr = 1.0;
        var slots = _slots;
        for (var m = 0; m < slots.Length; m++)
        {
            var slot = slots[m];
            int c = child[m];
            if (c >= slot.Genotypes)
            {
                continue;
            }

            lr *= Transmission(slot, c, father[m], mother[m]) * _childWeight[slot.Child + c];
        }

        return lr;
    }

    /// <summary>
    /// The trio paternity index P(C | F, M) / P(C | a random man, M): M is the mother under both
    /// hypotheses, F the father or unrelated. NaN when the mother and child are incompatible at a
    /// marker (impossible even with a random father, as without mutation): no index exists then.
    /// </summary>
    public double PaternityIndex(ReadOnlySpan<ushort> child, ReadOnlySpan<ushort> father, ReadOnlySpan<ushort> mother)
    {
        Check(child, father, mother);
        var pi = 1.0;
        var slots = _slots;
        for (var m = 0; m < slots.Length; m++)
        {
            var slot = slots[m];
            int c = child[m];
            if (c >= slot.Genotypes)
            {
                continue;
            }

            pi *= Transmission(slot, c, father[m], mother[m]) / Transmission(slot, c, MarkerPanel.Untyped, mother[m]);
        }

        return pi;
    }

    /// <summary>t_F(x)·t_M(y) + t_F(y)·t_M(x) for the child's genotype {x, y} (twice the probability for x = y).</summary>
    private double Transmission(Slot slot, int child, ushort father, ushort mother)
    {
        var n = slot.Alleles;
        var f = slot.Transmissions + (Math.Min(father, slot.Genotypes) * n);
        var mo = slot.Transmissions + (Math.Min(mother, slot.Genotypes) * n);
        int x = _childFirst[slot.Child + child], y = _childSecond[slot.Child + child];
        return (_father[f + x] * _mother[mo + y]) + (_father[f + y] * _mother[mo + x]);
    }

    private void Check(ReadOnlySpan<ushort> child, ReadOnlySpan<ushort> father, ReadOnlySpan<ushort> mother)
    {
        var count = _slots.Length;
        if (child.Length != count || father.Length != count || mother.Length != count)
        {
            throw new ArgumentException($"Profiles over this panel have {count} codes.");
        }
    }

    /// <param name="Transmissions">The offset of the marker's (G+1)×n transmission rows (row G: untyped).</param>
    /// <param name="Child">The offset of the marker's G child genotypes.</param>
    /// <param name="Alleles">n.</param>
    /// <param name="Genotypes">G.</param>
    private readonly record struct Slot(int Transmissions, int Child, int Alleles, int Genotypes);
}
