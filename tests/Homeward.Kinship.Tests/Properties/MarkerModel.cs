using System.Collections.Immutable;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Homeward.Kinship.Tests.Naive;

namespace Homeward.Kinship.Tests.Properties;

/// <summary>A marker's alleles and frequencies with one mutation model, for matrix properties.</summary>
public sealed record MarkerModel(ImmutableArray<AlleleLabel> Alleles, ImmutableArray<double> Frequencies, MutationSpec Model)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Model} over {string.Join(", ", Alleles.Select((a, i) => string.Create(CultureInfo.InvariantCulture, $"{a}:{Frequencies[i]:R}")))}");
}

/// <summary>Two to nine ladder alleles (with microvariants), frequencies ≥ 0.02, any model.</summary>
public static class MarkerModels
{
    public static Arbitrary<MarkerModel> MarkerModel() =>
        Arb.From(
            from n in Gen.Choose(2, 9)
            from alleles in ScenarioGenerator.Alleles(n)
            from frequencies in ScenarioGenerator.Frequencies(n)
            from model in ScenarioGenerator.Mutation
            select new MarkerModel(alleles, frequencies, model));
}
