using Homeward.Kinship;
using Homeward.Registry.Evidence;

namespace Homeward.Registry.Continuous;

/// <summary>The knobs of continuous matching.</summary>
public sealed record MatchingSettings
{
    /// <summary>The defaults.</summary>
    public static MatchingSettings Default { get; } = new();

    /// <summary>The smallest DNA LR that opens a potential match (default 1,000; a human reviews every hit).</summary>
    public double MinimumDnaLr { get; init; } = 1000;

    /// <summary>The most reports kept per found child (default 20; chance matches with 18–19 loci need room).</summary>
    public int TopPerFoundChild { get; init; } = 20;

    /// <summary>π of the prior: the probability that a found child's family reported at all (default 1).</summary>
    public double ProbabilityFamilyInDatabase { get; init; } = 1;

    /// <summary>The descriptive evidence model.</summary>
    public EvidenceSettings Evidence { get; init; } = EvidenceSettings.Default;

    /// <summary>Threads a search may use (default 1: the host decides).</summary>
    public int MaxDegreeOfParallelism { get; init; } = 1;

    /// <summary>Checks the settings.</summary>
    public Result<MatchingSettings> Validate()
    {
        var v = new Validation("matching")
            .Require(double.IsFinite(MinimumDnaLr) && MinimumDnaLr > 0, nameof(MinimumDnaLr), "must be > 0")
            .Require(TopPerFoundChild >= 1, nameof(TopPerFoundChild), "must be ≥ 1")
            .Require(ProbabilityFamilyInDatabase is > 0 and <= 1, nameof(ProbabilityFamilyInDatabase), "must be in (0, 1]")
            .Require(MaxDegreeOfParallelism >= 1, nameof(MaxDegreeOfParallelism), "must be ≥ 1")
            .Add(Evidence.Validate());
        return v.Build(() => this);
    }
}
