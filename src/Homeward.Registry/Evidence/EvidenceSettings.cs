using Homeward.Kinship;

namespace Homeward.Registry.Evidence;

/// <summary>
/// The assumptions of the descriptive evidence model (docs/registry.md explains each). The defaults
/// are the project's judgement, not estimates from case data; every LR except the impossible dates is
/// clamped to [<see cref="MinimumLr"/>, <see cref="MaximumLr"/>] so that DNA dominates.
/// </summary>
public sealed record EvidenceSettings
{
    /// <summary>The defaults.</summary>
    public static EvidenceSettings Default { get; } = new();

    /// <summary>Probability that a child's sex is recorded wrongly on either side (default 0.01).</summary>
    public double SexErrorRate { get; init; } = 0.01;

    /// <summary>Fraction of boys among found children, P(male | H2) (default 0.5; reported trafficking skews male, which would weaken a male match).</summary>
    public double MaleFraction { get; init; } = 0.5;

    /// <summary>The age estimate's range is read as ±2σ; this floor (years) adds the method's and the birth date's error in quadrature (default 0.75).</summary>
    public double AgeSigmaFloorYears { get; init; } = 0.75;

    /// <summary>Ages of found children under H2: uniform on [0, this] years (default 18).</summary>
    public double AgeSpanYears { get; init; } = 18;

    /// <summary>Days a found date may precede the last-seen date before it counts as impossible (recording errors; default 30).</summary>
    public int DateToleranceDays { get; init; } = 30;

    /// <summary>Under H1, the share of children found near home (exponential distance) rather than anywhere (default 0.5).</summary>
    public double LocalFraction { get; init; } = 0.5;

    /// <summary>Mean distance (km) of the near-home component (default 300).</summary>
    public double LocalScaleKm { get; init; } = 300;

    /// <summary>Distances are uniform on [0, this] km under H2 and in the long-distance component of H1 (default 3,500: Kunming–Harbin is ≈ 3,300).</summary>
    public double MaxDistanceKm { get; init; } = 3500;

    /// <summary>LR when the full names agree in characters (default 10; low because buyers rename children).</summary>
    public double NameCharactersLr { get; init; } = 10;

    /// <summary>LR when the full names agree in toneless pinyin only: homophones, or characters unknown on a side (default 5).</summary>
    public double NamePinyinLr { get; init; } = 5;

    /// <summary>LR when only the given names agree (a buyer's surname replaced the family's; default 2).</summary>
    public double GivenNameLr { get; init; } = 2;

    /// <summary>LR when both sides have names and none agree (default 0.8: renaming is the rule).</summary>
    public double NoNameMatchLr { get; init; } = 0.8;

    /// <summary>The smallest descriptive LR short of an impossibility (default 0.01).</summary>
    public double MinimumLr { get; init; } = 0.01;

    /// <summary>The largest descriptive LR (default 100).</summary>
    public double MaximumLr { get; init; } = 100;

    /// <summary>Checks the settings.</summary>
    public Result<EvidenceSettings> Validate() =>
        new Validation("evidence")
            .Require(SexErrorRate is > 0 and < 0.5, nameof(SexErrorRate), "must be in (0, 0.5)")
            .Require(MaleFraction is > 0 and < 1, nameof(MaleFraction), "must be in (0, 1)")
            .Require(AgeSigmaFloorYears > 0, nameof(AgeSigmaFloorYears), "must be > 0")
            .Require(AgeSpanYears > 0, nameof(AgeSpanYears), "must be > 0")
            .Require(DateToleranceDays >= 0, nameof(DateToleranceDays), "must be ≥ 0")
            .Require(LocalFraction is >= 0 and <= 1, nameof(LocalFraction), "must be in [0, 1]")
            .Require(LocalScaleKm > 0 && MaxDistanceKm > LocalScaleKm, nameof(LocalScaleKm), "must be > 0 and below the maximum distance")
            .Require(NameCharactersLr >= NamePinyinLr && NamePinyinLr >= GivenNameLr && GivenNameLr >= 1, nameof(NameCharactersLr), "name LRs must decrease: characters ≥ pinyin ≥ given name ≥ 1")
            .Require(NoNameMatchLr is > 0 and <= 1, nameof(NoNameMatchLr), "must be in (0, 1]")
            .Require(MinimumLr > 0 && MinimumLr < 1 && MaximumLr > 1, nameof(MinimumLr), "bounds must satisfy 0 < minimum < 1 < maximum")
            .Build(() => this);
}
