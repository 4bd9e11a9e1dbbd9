using FsCheck.Xunit;
using Homeward.Kinship.Relationships;

namespace Homeward.Kinship.Tests.Relationships;

/// <summary>
/// The trio fast path (child C = third genotype, father F = first, mother M = second) equals the
/// general engine, against "all unrelated" and as the trio paternity index (M the mother under
/// both hypotheses), also with one parent untyped.
/// </summary>
public sealed class TrioFastPathTests
{
    private static readonly Pedigree Trio = Ped(new("F", Sex.Male), new("M", Sex.Female), new("C", Sex.Female, "F", "M"));

    private static readonly Pedigree RandomFather =
        Ped(new("F", Sex.Male), new("X", Sex.Male), new("M", Sex.Female), new("C", Sex.Female, "X", "M"));

    [Property(Arbitrary = [typeof(KinshipArbitraries)], MaxTest = 150)]
    public void Trio_equals_the_general_engine(KinshipScenario scenario)
    {
        var (table, mutation, trio) = (scenario.Table(), scenario.Mutation(), scenario.Panel().Trio());
        var (f, m, c) = (scenario.GenotypeOf(scenario.First), scenario.GenotypeOf(scenario.Second), scenario.GenotypeOf(scenario.Third));
        ushort[] father = [scenario.Code(scenario.First)];
        ushort[] mother = [scenario.Code(scenario.Second)];
        ushort[] child = [scenario.Code(scenario.Third)];
        var typed = GeneralEngine.Typed(KinshipScenario.MarkerName, ("F", f), ("M", m), ("C", c));

        GeneralEngine.ShouldBeClose(
            trio.LikelihoodRatio(child, father, mother),
            GeneralEngine.LikelihoodRatio(table, mutation, Trio, null, typed),
            "trio against unrelated");
        ShouldBePaternityIndex(
            trio.PaternityIndex(child, father, mother),
            GeneralEngine.LikelihoodRatioUnlessH2Impossible(table, mutation, Trio, RandomFather, typed),
            "trio paternity index");
    }

    [Property(Arbitrary = [typeof(KinshipArbitraries)], MaxTest = 60)]
    public void Untyped_parent_or_child_equals_the_general_engine(KinshipScenario scenario)
    {
        var (table, mutation, trio) = (scenario.Table(), scenario.Mutation(), scenario.Panel().Trio());
        var (f, m, c) = (scenario.GenotypeOf(scenario.First), scenario.GenotypeOf(scenario.Second), scenario.GenotypeOf(scenario.Third));
        ushort[] father = [scenario.Code(scenario.First)];
        ushort[] mother = [scenario.Code(scenario.Second)];
        ushort[] child = [scenario.Code(scenario.Third)];
        ushort[] untyped = [MarkerPanel.Untyped];
        var marker = KinshipScenario.MarkerName;

        GeneralEngine.ShouldBeClose(
            trio.LikelihoodRatio(child, untyped, mother),
            GeneralEngine.LikelihoodRatio(table, mutation, Trio, null, GeneralEngine.Typed(marker, ("M", m), ("C", c))),
            "father untyped");
        GeneralEngine.ShouldBeClose(
            trio.LikelihoodRatio(child, father, untyped),
            GeneralEngine.LikelihoodRatio(table, mutation, Trio, null, GeneralEngine.Typed(marker, ("F", f), ("C", c))),
            "mother untyped");
        ShouldBePaternityIndex(
            trio.PaternityIndex(child, father, untyped),
            GeneralEngine.LikelihoodRatioUnlessH2Impossible(table, mutation, Trio, RandomFather, GeneralEngine.Typed(marker, ("F", f), ("C", c))),
            "paternity index, mother untyped");
        trio.LikelihoodRatio(untyped, father, mother).ShouldBe(1);
        var withoutFather = trio.PaternityIndex(child, untyped, mother);
        (withoutFather == 1 || double.IsNaN(withoutFather)).ShouldBeTrue();
    }

    /// <summary>When mother and child are incompatible no paternity index exists: the engine fails, the fast path gives NaN.</summary>
    private static void ShouldBePaternityIndex(double actual, double? expected, string because)
    {
        if (expected is { } value)
        {
            GeneralEngine.ShouldBeClose(actual, value, because);
        }
        else
        {
            double.IsNaN(actual).ShouldBeTrue(because);
        }
    }

    private static Pedigree Ped(params PersonSpec[] persons) => Pedigree.Create(persons, "trio").Value;
}
