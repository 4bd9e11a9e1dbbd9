namespace Homeward.Kinship;

/// <summary>
/// Everything a likelihood ratio needs: the frequencies, θ, the mutation models, the two
/// hypotheses and the typed genotypes (person id → marker name → genotype).
/// </summary>
public sealed class KinshipCase
{
    /// <summary>Creates a case; <paramref name="h2"/> null means "the same persons, all unrelated".</summary>
    public KinshipCase(
        FrequencyTable frequencies,
        Pedigree h1,
        Pedigree? h2,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, Genotype>> genotypes,
        double theta = 0,
        MutationSettings? mutation = null,
        double? minimumFrequency = null)
    {
        ArgumentNullException.ThrowIfNull(frequencies);
        ArgumentNullException.ThrowIfNull(h1);
        ArgumentNullException.ThrowIfNull(genotypes);
        Frequencies = frequencies;
        H1 = h1;
        H2 = h2 ?? Pedigree.Unrelated(h1.Persons);
        Genotypes = genotypes;
        Theta = theta;
        Mutation = mutation ?? MutationSettings.None;
        MinimumFrequency = minimumFrequency;
    }

    /// <summary>The allele frequency table.</summary>
    public FrequencyTable Frequencies { get; }

    /// <summary>The hypothesis in the numerator.</summary>
    public Pedigree H1 { get; }

    /// <summary>The hypothesis in the denominator.</summary>
    public Pedigree H2 { get; }

    /// <summary>Typed genotypes: person id → marker name (any usual spelling) → genotype.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, Genotype>> Genotypes { get; }

    /// <summary>The Balding–Nichols θ applied to founders, in [0, 1).</summary>
    public double Theta { get; }

    /// <summary>The mutation models.</summary>
    public MutationSettings Mutation { get; }

    /// <summary>
    /// The frequency given to an allele absent from the table; null means the smallest frequency
    /// of that marker in the table (see docs/kinship.md, "Alleles missing from the table").
    /// </summary>
    public double? MinimumFrequency { get; }
}
