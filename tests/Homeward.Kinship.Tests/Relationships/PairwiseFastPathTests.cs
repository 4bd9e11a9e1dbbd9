using FsCheck.Xunit;
using Homeward.Kinship.Peeling;
using Homeward.Kinship.Relationships;

namespace Homeward.Kinship.Tests.Relationships;

/// <summary>
/// Every pairwise fast path, for every combination of sexes, equals the general engine on the
/// explicit pedigree (H2: A and B unrelated) within 1e-9, over random markers, frequencies
/// (summing to 1 ± 0.0008), mutation models and genotypes.
/// </summary>
public sealed class PairwiseFastPathTests
{
    [Property(Arbitrary = [typeof(KinshipArbitraries)], MaxTest = 150)]
    public void Fast_path_equals_the_general_engine(KinshipScenario scenario)
    {
        var table = scenario.Table();
        var mutation = scenario.Mutation();
        var panel = scenario.Panel();
        var a = scenario.GenotypeOf(scenario.First);
        var b = scenario.GenotypeOf(scenario.Second);
        ushort[] codeA = [scenario.Code(scenario.First)];
        ushort[] codeB = [scenario.Code(scenario.Second)];
        foreach (var relationship in RelationshipPedigrees.All())
        {
            var expected = GeneralEngine.LikelihoodRatio(
                table, mutation, RelationshipPedigrees.For(relationship), null,
                GeneralEngine.Typed(KinshipScenario.MarkerName, ("A", a), ("B", b)));
            var direct = new PairwiseKinshipMarker(panel.System(0), relationship).LikelihoodRatio(codeA[0], codeB[0]);
            var tabled = panel.Pairwise(relationship).LikelihoodRatio(codeA, codeB);
            GeneralEngine.ShouldBeClose(direct, expected, $"{relationship}, direct formula");
            GeneralEngine.ShouldBeClose(tabled, expected, $"{relationship}, table");
        }
    }

    /// <summary>
    /// With one person untyped the ratio is the other's H1 genotype probability over its
    /// population frequency; relatives on no line between typed persons weigh 1. The general
    /// engine gives an untyped founder it reaches as a spouse the weight (Σp)², so the two agree
    /// when the frequencies sum to 1 (every shipped table, to 1e-9).
    /// </summary>
    [Property(Arbitrary = [typeof(KinshipArbitraries)], MaxTest = 60)]
    public void One_person_untyped_equals_the_general_engine(KinshipScenario generated)
    {
        var scenario = generated.Normalised();
        var table = scenario.Table();
        var mutation = scenario.Mutation();
        var panel = scenario.Panel();
        var a = scenario.GenotypeOf(scenario.First);
        var b = scenario.GenotypeOf(scenario.Second);
        ushort[] codeA = [scenario.Code(scenario.First)];
        ushort[] codeB = [scenario.Code(scenario.Second)];
        ushort[] untyped = [MarkerPanel.Untyped];
        foreach (var relationship in RelationshipPedigrees.All())
        {
            var h1 = RelationshipPedigrees.For(relationship);
            var fast = panel.Pairwise(relationship);
            var onlyA = GeneralEngine.LikelihoodRatio(table, mutation, h1, null, GeneralEngine.Typed(KinshipScenario.MarkerName, ("A", a)));
            var onlyB = GeneralEngine.LikelihoodRatio(table, mutation, h1, null, GeneralEngine.Typed(KinshipScenario.MarkerName, ("B", b)));
            GeneralEngine.ShouldBeClose(fast.LikelihoodRatio(codeA, untyped), onlyA, $"{relationship}, B untyped");
            GeneralEngine.ShouldBeClose(fast.LikelihoodRatio(untyped, codeB), onlyB, $"{relationship}, A untyped");
            fast.LikelihoodRatio(untyped, untyped).ShouldBe(1);
        }
    }

    [Fact]
    public void Sexes_matter_when_male_and_female_rates_differ()
    {
        // A and B share no allele: only mutation links them, and only the male rate is non-zero.
        var scenario = new KinshipScenario(
            ["10", "11", "12", "13"], [0.25, 0.25, 0.25, 0.25],
            new MutationSpec("onestep", 0.01, 0, 0), MutationSpec.None, (0, 0), (1, 1), (2, 2));
        var panel = scenario.Panel();
        ushort[] a = [scenario.Code(scenario.First)];
        ushort[] b = [scenario.Code(scenario.Second)];
        panel.Pairwise(PairwiseRelationship.ParentChild(Sex.Male)).LikelihoodRatio(a, b).ShouldBeGreaterThan(0);
        panel.Pairwise(PairwiseRelationship.ParentChild(Sex.Female)).LikelihoodRatio(a, b).ShouldBe(0);
    }

    [Fact]
    public void Genotype_codes_are_the_engine_genotype_indices()
    {
        var scenario = new KinshipScenario(
            ["9", "9.3", "10"], [0.2, 0.3, 0.5], MutationSpec.None, MutationSpec.None, (2, 0), (1, 1), (0, 0));
        scenario.Code((2, 0)).ShouldBe((ushort)GenotypeSpace.Index(0, 2));
        scenario.Code((1, 1)).ShouldBe((ushort)GenotypeSpace.Index(1, 1));
    }
}
