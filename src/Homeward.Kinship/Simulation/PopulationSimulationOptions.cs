namespace Homeward.Kinship.Simulation;

/// <summary>
/// What <see cref="PopulationSimulator"/> generates. Validation errors name the setting in
/// kebab case (<c>reports</c>, <c>related-fraction</c>, …), as the command line spells it.
/// </summary>
public sealed class PopulationSimulationOptions
{
    /// <summary>The allele frequencies founders are drawn from.</summary>
    public required FrequencyTable Frequencies { get; init; }

    /// <summary>The markers typed; null means every marker of the table.</summary>
    public MarkerSet? Markers { get; init; }

    /// <summary>The number of missing-child reports, each with its reference relatives.</summary>
    public int Reports { get; init; }

    /// <summary>The number of found children (queries).</summary>
    public int Queries { get; init; }

    /// <summary>
    /// The share of queries that are the missing child of some report, in [0, 1]; the number is
    /// round(fraction × queries), each a different report.
    /// </summary>
    public double RelatedFraction { get; init; }

    /// <summary>The seed: the same seed and options give the same output on every machine.</summary>
    public long Seed { get; init; }

    /// <summary>The mutation models applied at every meiosis.</summary>
    public MutationSettings Mutation { get; init; } = MutationSettings.None;

    /// <summary>θ among the founders of one family (0 = founders drawn independently).</summary>
    public double Theta { get; init; }

    /// <summary>The probability that a marker is absent from a profile.</summary>
    public double MissingMarkerRate { get; init; }

    /// <summary>The probability that a typed heterozygote is reported as a homozygote.</summary>
    public double DropoutRate { get; init; }

    /// <summary>The distribution of family shapes over reports.</summary>
    public FamilyShapeMix Shapes { get; init; } = FamilyShapeMix.Default;
}
