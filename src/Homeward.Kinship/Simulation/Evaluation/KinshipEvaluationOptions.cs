using System.Collections.Immutable;

namespace Homeward.Kinship.Simulation.Evaluation;

/// <summary>What <see cref="KinshipEvaluator"/> simulates and reports.</summary>
public sealed class KinshipEvaluationOptions
{
    /// <summary>The thresholds reported by default: LR ≥ 1, 10, 100, 10³, 10⁴, 10⁶.</summary>
    public static ImmutableArray<double> DefaultThresholds { get; } = [1, 10, 100, 1e3, 1e4, 1e6];

    /// <summary>The allele frequencies of simulation and computation.</summary>
    public required FrequencyTable Frequencies { get; init; }

    /// <summary>The marker panels compared.</summary>
    public ImmutableArray<MarkerSet> Panels { get; init; } = MarkerSet.Known;

    /// <summary>The relationships evaluated.</summary>
    public ImmutableArray<Relationship> Relationships { get; init; } = Evaluation.Relationships.All;

    /// <summary>K: the number of true and the number of unrelated pairs per relationship and panel.</summary>
    public int Pairs { get; init; } = 1000;

    /// <summary>The seed: the same seed and options give the same figures on every machine.</summary>
    public long Seed { get; init; }

    /// <summary>The mutation models, used both to simulate and to compute the LR.</summary>
    public MutationSettings Mutation { get; init; } = MutationSettings.None;

    /// <summary>θ, used both to simulate (founders of a pair share an urn) and to compute the LR.</summary>
    public double Theta { get; init; }

    /// <summary>D: the number of reference profiles a query is compared with.</summary>
    public long DatabaseSize { get; init; } = 1_000_000;

    /// <summary>The LR thresholds t reported.</summary>
    public ImmutableArray<double> Thresholds { get; init; } = DefaultThresholds;

    /// <summary>How many threads compute LRs (results do not depend on it); 0 means one per core.</summary>
    public int Parallelism { get; init; }
}
