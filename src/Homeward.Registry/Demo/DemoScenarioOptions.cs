using Homeward.Kinship;
using Homeward.Kinship.Simulation;

namespace Homeward.Registry.Demo;

/// <summary>What <see cref="DemoScenario.Build"/> generates: the size of the registry, the seed and the population model.</summary>
public sealed record DemoScenarioOptions
{
    /// <summary>The fewest reports: enough for every rescued child that has a report (<see cref="DemoOperationFacts.ChildrenWithReport"/>).</summary>
    public const int MinimumReports = 50;

    /// <summary>The most reports the demo builds in memory.</summary>
    public const int MaximumReports = 200_000;

    /// <summary>The allele frequencies the families' founders are drawn from.</summary>
    public required FrequencyTable Frequencies { get; init; }

    /// <summary>The markers typed (default: China's 19-locus national panel).</summary>
    public MarkerSet Markers { get; init; } = MarkerSet.China19;

    /// <summary>The number of missing-child reports in the registry (default 3,000).</summary>
    public int Reports { get; init; } = 3000;

    /// <summary>The seed: the same seed and options give the same scenario on every machine.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>The probability that a marker is missing from a profile (failed typing; default 1 %).</summary>
    public double MissingMarkerRate { get; init; } = 0.01;

    /// <summary>
    /// Which relatives gave reference DNA, by share of reports: a mother alone, a father alone, both
    /// parents, a mother and a full sibling, two full siblings, a side of grandparents, a half sibling.
    /// </summary>
    public FamilyShapeMix Shapes { get; init; } = FamilyShapeMix.Parse(DefaultShapes, "shapes").Value;

    /// <summary>The text of the default <see cref="Shapes"/>.</summary>
    public const string DefaultShapes =
        "mother:0.25,father:0.10,parents:0.30,mother+full-sibling:0.12,siblings:0.08,paternal-grandparents:0.08,maternal-grandparents:0.04,half-sibling:0.03";

    /// <summary>Checks the options; errors name the option as the command line spells it.</summary>
    public Result<DemoScenarioOptions> Validate() =>
        new Validation("demo")
            .Require(Reports is >= MinimumReports and <= MaximumReports, "reports", $"{Reports} must be from {MinimumReports} to {MaximumReports:N0}")
            .Require(MissingMarkerRate is >= 0 and < 1, "missing-marker-rate", "must be in [0, 1)")
            .Build(() => this);
}
