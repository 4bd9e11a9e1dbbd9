using FsCheck;
using FsCheck.Fluent;

namespace Homeward.Kinship.Tests.Properties;

/// <summary>Scenarios small enough for the naive reference (use with <c>[Property(Arbitrary = …)]</c>).</summary>
public static class NaiveScenarios
{
    public static Arbitrary<Scenario> Scenario() =>
        Arb.From(ScenarioGenerator.Create(ScenarioShape.Naive), ScenarioShrinker.Shrink);
}

/// <summary>Naive-sized scenarios that stay cheap when the naive reference gets one more allele.</summary>
public static class NaivePlusOneAlleleScenarios
{
    public static Arbitrary<Scenario> Scenario() =>
        Arb.From(ScenarioGenerator.Create(ScenarioShape.NaivePlusOneAllele), ScenarioShrinker.Shrink);
}

/// <summary>Scenarios with four to seven alleles, at least two of them carried by nobody.</summary>
public static class WideMarkerScenarios
{
    public static Arbitrary<Scenario> Scenario() =>
        Arb.From(ScenarioGenerator.Create(ScenarioShape.WideMarker), ScenarioShrinker.Shrink);
}
