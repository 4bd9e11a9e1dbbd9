namespace Homeward.Kinship.Peeling;

/// <summary>
/// One marker ready for computation: n alleles with frequencies and the male and female mutation
/// matrices (row-major n×n, null for no mutation).
/// </summary>
internal sealed class MarkerSystem
{
    public MarkerSystem(double[] frequencies, double[]? male, double[]? female)
    {
        Frequencies = frequencies;
        Male = male;
        Female = female;
        Space = GenotypeSpace.Of(frequencies.Length);
    }

    public int N => Frequencies.Length;

    public double[] Frequencies { get; }

    public double[]? Male { get; }

    public double[]? Female { get; }

    public GenotypeSpace Space { get; }

    public bool HasMutation => Male is not null || Female is not null;

    /// <summary>The Hardy–Weinberg genotype probabilities: p_a² and 2 p_a p_b.</summary>
    public double[] HardyWeinberg()
    {
        var space = Space;
        var prior = new double[space.Count];
        for (var g = 0; g < prior.Length; g++)
        {
            var a = space.First[g];
            var b = space.Second[g];
            prior[g] = a == b ? Frequencies[a] * Frequencies[a] : 2 * Frequencies[a] * Frequencies[b];
        }

        return prior;
    }
}
