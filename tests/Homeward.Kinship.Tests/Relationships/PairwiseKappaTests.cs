using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Homeward.Kinship.Relationships;

namespace Homeward.Kinship.Tests.Relationships;

/// <summary>
/// Without mutation every pairwise fast path equals the IBD formula
/// LR = κ0 + κ1·PO/UN + κ2·MZ/UN, with PO/UN and MZ/UN written out independently here.
/// </summary>
public sealed class PairwiseKappaTests
{
    public static Arbitrary<KinshipScenario> WithoutMutation() => Arb.From(KinshipArbitraries.Scenarios(withMutation: false));

    [Property(Arbitrary = [typeof(PairwiseKappaTests)], MaxTest = 200)]
    public void Without_mutation_the_likelihood_ratio_is_the_kappa_formula(KinshipScenario scenario)
    {
        var panel = scenario.Panel();
        ushort[] a = [scenario.Code(scenario.First)];
        ushort[] b = [scenario.Code(scenario.Second)];
        var p = scenario.Frequencies;
        var parentChild = ParentChildOverUnrelated(p, scenario.First, scenario.Second);
        var identical = Same(scenario.First, scenario.Second) ? 1 / HardyWeinberg(p, scenario.First) : 0;
        foreach (var relationship in RelationshipPedigrees.All())
        {
            var kappa = relationship.Kappa;
            var expected = kappa.K0 + (kappa.K1 * parentChild) + (kappa.K2 * identical);
            GeneralEngine.ShouldBeClose(panel.Pairwise(relationship).LikelihoodRatio(a, b), expected, relationship.ToString());
        }
    }

    [Fact]
    public void Kappa_of_each_relationship()
    {
        PairwiseRelationship.ParentChild(Sex.Male).Kappa.ShouldBe(new IbdCoefficients(0, 1, 0));
        PairwiseRelationship.FullSiblings.Kappa.ShouldBe(new IbdCoefficients(0.25, 0.5, 0.25));
        PairwiseRelationship.HalfSiblings(Sex.Female).Kappa.ShouldBe(new IbdCoefficients(0.5, 0.5, 0));
        PairwiseRelationship.GrandparentGrandchild(Sex.Female, Sex.Male).Kappa.ShouldBe(new IbdCoefficients(0.5, 0.5, 0));
        PairwiseRelationship.Avuncular(Sex.Male).Kappa.ShouldBe(new IbdCoefficients(0.5, 0.5, 0));
        PairwiseRelationship.FirstCousins(Sex.Male, Sex.Female).Kappa.ShouldBe(new IbdCoefficients(0.75, 0.25, 0));
    }

    [Fact]
    public void Linking_relatives_must_have_a_sex() =>
        Should.Throw<ArgumentOutOfRangeException>(() => PairwiseRelationship.ParentChild(Sex.Unknown));

    private static double HardyWeinberg(double[] p, (int A, int B) g) => g.A == g.B ? p[g.A] * p[g.A] : 2 * p[g.A] * p[g.B];

    private static bool Same((int A, int B) x, (int A, int B) y) => (x.A == y.A && x.B == y.B) || (x.A == y.B && x.B == y.A);

    /// <summary>P(B | parent A) / P(B): B gets one of A's alleles with ½ each, the other from the population.</summary>
    private static double ParentChildOverUnrelated(double[] p, (int A, int B) parent, (int A, int B) child)
    {
        double T(int x) => 0.5 * ((x == parent.A ? 1 : 0) + (x == parent.B ? 1 : 0));
        var (u, v) = child;
        var given = u == v ? T(u) * p[u] : (T(u) * p[v]) + (T(v) * p[u]);
        return given / HardyWeinberg(p, child);
    }
}
