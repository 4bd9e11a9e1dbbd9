namespace Homeward.Kinship.Simulation;

/// <summary>
/// Draws founder alleles. With θ = 0 each allele comes from the table's frequencies; with θ &gt; 0
/// the founders of one urn share a subpopulation (Balding–Nichols, as the likelihood engine assumes):
/// after j alleles have been drawn at a marker, the next is a copy of an earlier one with probability
/// jθ / (1 + (j − 1)θ), and otherwise a fresh draw from the table, so that
/// P(a) = (n_a θ + (1 − θ) p_a) / (1 + (j − 1)θ).
/// </summary>
internal sealed class FounderUrn
{
    private readonly SimulationPanel _panel;
    private readonly double _theta;
    private readonly List<int>[]? _drawn;

    public FounderUrn(SimulationPanel panel, double theta)
    {
        _panel = panel;
        _theta = theta;
        if (theta > 0)
        {
            _drawn = new List<int>[panel.Count];
            for (var m = 0; m < _drawn.Length; m++)
            {
                _drawn[m] = [];
            }
        }
    }

    /// <summary>Draws one founder allele at marker <paramref name="marker"/>.</summary>
    public int Draw(int marker, SimulationRandom random)
    {
        if (_drawn is null)
        {
            return SimulatedMarker.Select(_panel.Markers[marker].CumulativeFrequencies, random.NextDouble());
        }

        var drawn = _drawn[marker];
        var j = drawn.Count;
        int allele;
        if (j > 0 && random.NextDouble() * (1 + ((j - 1) * _theta)) < j * _theta)
        {
            allele = drawn[random.NextInt(j)];
        }
        else
        {
            allele = SimulatedMarker.Select(_panel.Markers[marker].CumulativeFrequencies, random.NextDouble());
        }

        drawn.Add(allele);
        return allele;
    }
}
