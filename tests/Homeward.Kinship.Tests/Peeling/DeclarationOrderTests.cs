using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Homeward.Kinship.Tests.Peeling;

/// <summary>
/// The likelihood ratio does not depend on the order in which persons are declared. The peeler
/// roots each component at its first person, so permuting the declaration sends messages along
/// other edges and through every message type (to a parent or a child, with 0, 1 or several
/// informative children). Every founder is an ancestor of a typed person here: the engine gives
/// an uninformative untyped founder reached as a spouse the weight (Σp)² (1 to 1e-10 for the NIST
/// table).
/// </summary>
public sealed class DeclarationOrderTests
{
    private static readonly FrequencyTable Asian = TestData.Table("nist1036-asian.csv");

    private static readonly MutationSettings Stepwise = new(new SexSpecificMutation(
        MutationModel.Stepwise(0.02, 1e-4, 0.5).Value, MutationModel.Stepwise(0.005, 1e-5, 0.5).Value));

    private static readonly string[] Markers = ["TH01", "D21S11", "Penta E"];

    /// <summary>Missing child MC, mother MO, full siblings S1 and S2, grandmother GM and paternal half sibling HS typed.</summary>
    private static readonly PersonSpec[] Family =
    [
        new("GF", Sex.Male), new("GM", Sex.Female), new("MO", Sex.Female, "GF", "GM"), new("FA", Sex.Male),
        new("FP", Sex.Female), new("MC", Sex.Male, "FA", "MO"), new("S1", Sex.Female, "FA", "MO"),
        new("S2", Sex.Male, "FA", "MO"), new("HS", Sex.Male, "FA", "FP"),
    ];

    private static readonly string[] FamilyTyped = ["GM", "MO", "MC", "S1", "S2", "HS"];

    /// <summary>Four full siblings with both parents untyped.</summary>
    private static readonly PersonSpec[] Siblings =
    [
        new("FA", Sex.Male), new("MO", Sex.Female), new("C1", Sex.Male, "FA", "MO"), new("C2", Sex.Female, "FA", "MO"),
        new("C3", Sex.Male, "FA", "MO"), new("C4", Sex.Female, "FA", "MO"),
    ];

    private static readonly string[] SiblingsTyped = ["C1", "C2", "C3", "C4"];

    public static Arbitrary<int[]> Orders() => Arb.From(Gen.Shuffle(Enumerable.Range(0, 9)));

    [Property(Arbitrary = [typeof(DeclarationOrderTests)], MaxTest = 25)]
    public void Family_likelihood_ratio_is_the_same_in_any_order(int[] order) =>
        AssertSameInAnyOrder(Family, FamilyTyped, order);

    [Property(Arbitrary = [typeof(DeclarationOrderTests)], MaxTest = 25)]
    public void Siblings_likelihood_ratio_is_the_same_in_any_order(int[] order) =>
        AssertSameInAnyOrder(Siblings, SiblingsTyped, [.. order.Where(i => i < Siblings.Length)]);

    private static void AssertSameInAnyOrder(PersonSpec[] persons, string[] typed, int[] order)
    {
        var genotypes = Genotypes(typed, new Random(typed.Length));
        var expected = Compute(persons, genotypes);
        var actual = Compute([.. order.Select(i => persons[i])], genotypes);
        (Math.Abs(actual - expected) / expected).ShouldBeLessThan(1e-12, $"order {string.Join(",", order.Select(i => persons[i].Id))}: {actual:R} vs {expected:R}");
    }

    private static double Compute(PersonSpec[] persons, Dictionary<string, IReadOnlyDictionary<string, Genotype>> genotypes)
    {
        var result = LikelihoodRatioCalculator.Compute(
            new KinshipCase(Asian, Pedigree.Create(persons, "order").Value, null, genotypes, 0, Stepwise));
        result.IsSuccess.ShouldBeTrue(string.Join("; ", result.Errors ?? []));
        return result.Value.LikelihoodRatio;
    }

    /// <summary>Random genotypes (not Mendelian: mutation makes every combination possible).</summary>
    private static Dictionary<string, IReadOnlyDictionary<string, Genotype>> Genotypes(string[] typed, Random random) =>
        typed.ToDictionary(
            id => id,
            id => (IReadOnlyDictionary<string, Genotype>)Markers.ToDictionary(
                m => m,
                m =>
                {
                    var marker = Asian.Find(m)!.Value.Marker;
                    return new Genotype(marker.Alleles[random.Next(marker.Count)], marker.Alleles[random.Next(marker.Count)]);
                }));
}
