using System.Collections.Immutable;

namespace Homeward.Kinship.Simulation;

/// <summary>
/// The markers of a simulation, ready for sampling: per marker the table's alleles, their
/// cumulative frequencies and the cumulative rows of the male and female mutation matrices.
/// </summary>
internal sealed class SimulationPanel
{
    private SimulationPanel(ImmutableArray<SimulatedMarker> markers) => Markers = markers;

    public ImmutableArray<SimulatedMarker> Markers { get; }

    public int Count => Markers.Length;

    /// <summary>
    /// Resolves a panel against a table (any usual spelling of a marker name) and builds the
    /// mutation matrices. Errors are reported at <paramref name="place"/>.
    /// </summary>
    public static Result<SimulationPanel> Create(FrequencyTable table, MarkerSet panel, MutationSettings mutation, string place)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(mutation);
        var errors = new List<InputError>();
        var markers = new List<SimulatedMarker>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (panel.Markers.IsDefaultOrEmpty)
        {
            return Result<SimulationPanel>.Failure(place, "no markers chosen");
        }

        foreach (var name in panel.Markers)
        {
            var match = table.Find(name);
            if (match is null)
            {
                errors.Add(new InputError(place, $"marker '{name}' of panel {panel.Name} is not in the frequency table ({table.Source})"));
                continue;
            }

            var marker = match.Value.Marker;
            if (!seen.Add(marker.Key))
            {
                errors.Add(new InputError(place, $"marker '{name}' is listed twice"));
                continue;
            }

            var models = mutation.For(marker.Name);
            var male = models.Male.BuildMatrix(marker.Alleles, marker.Frequencies);
            var female = models.Female.BuildMatrix(marker.Alleles, marker.Frequencies);
            if (!male.IsSuccess || !female.IsSuccess)
            {
                foreach (var failed in new[] { male, female }.Where(r => !r.IsSuccess))
                {
                    errors.AddRange(failed.Errors!.Select(e => e with { Place = $"mutation at marker {marker.Name}" }));
                }

                continue;
            }

            markers.Add(new SimulatedMarker(marker, Cumulative(marker.Frequencies), CumulativeRows(male.Value, marker.Count), CumulativeRows(female.Value, marker.Count)));
        }

        return errors.Count > 0 ? Result<SimulationPanel>.Failure(errors) : new SimulationPanel([.. markers]);
    }

    private static double[] Cumulative(IReadOnlyList<double> weights)
    {
        var cumulative = new double[weights.Count];
        var sum = 0.0;
        for (var i = 0; i < weights.Count; i++)
        {
            sum += weights[i];
            cumulative[i] = sum;
        }

        return cumulative;
    }

    private static double[]? CumulativeRows(double[]? matrix, int n)
    {
        if (matrix is null)
        {
            return null;
        }

        var cumulative = new double[matrix.Length];
        for (var i = 0; i < n; i++)
        {
            var sum = 0.0;
            for (var j = 0; j < n; j++)
            {
                sum += matrix[(i * n) + j];
                cumulative[(i * n) + j] = sum;
            }
        }

        return cumulative;
    }
}

/// <summary>One marker of a <see cref="SimulationPanel"/>.</summary>
/// <param name="Frequencies">The table's marker.</param>
/// <param name="CumulativeFrequencies">Running sums of the frequencies.</param>
/// <param name="MaleMutation">Row-wise running sums of the male mutation matrix, or null for none.</param>
/// <param name="FemaleMutation">Row-wise running sums of the female mutation matrix, or null for none.</param>
internal sealed record SimulatedMarker(
    MarkerFrequencies Frequencies, double[] CumulativeFrequencies, double[]? MaleMutation, double[]? FemaleMutation)
{
    public string Name => Frequencies.Name;

    public int AlleleCount => Frequencies.Count;

    /// <summary>The allele index whose cumulative interval holds <paramref name="u"/> in [0, 1).</summary>
    public static int Select(ReadOnlySpan<double> cumulative, double u)
    {
        // Tables may sum to 1 ± 0.001: scale u to the actual total rather than renormalising.
        var x = u * cumulative[^1];
        var lo = 0;
        var hi = cumulative.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (x < cumulative[mid])
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }
}
