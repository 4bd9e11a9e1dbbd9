using static Homeward.Kinship.Tests.ClosedForms.ClosedFormCase;

namespace Homeward.Kinship.Tests.ClosedForms;

/// <summary>
/// Duo paternity indices with the Balding–Nichols θ, derived from the Pólya urn over all founder
/// alleles: the k-th allele drawn is a with probability (b·θ + (1 − θ)·p_a) / (1 + (k − 2)·θ),
/// b counting earlier draws of a. Under H1 the founders are the parent (two alleles) and the other
/// parent (only the transmitted allele matters: one draw); under H2 the child's two alleles are
/// drawn after the parent's.
/// </summary>
public sealed class ThetaParentChildClosedFormTests
{
    public static TheoryData<double> Thetas => [0, 0.01, 0.03, 0.1, 0.25];

    [Theory]
    [MemberData(nameof(Thetas))]
    public void Parent_ab_child_ac(double theta)
    {
        // H1 = P(a,b)·½·P(c | a,b) = P(a,b)·½·(1 − θ)p_c/(1 + θ)
        // H2 = P(a,b)·2·P(c | a,b)·P(a | a,b,c) = P(a,b)·2·(1 − θ)p_c/(1 + θ)·(θ + (1 − θ)p_a)/(1 + 2θ)
        // PI = (1 + 2θ) / (4·(θ + (1 − θ)·p_a))
        Pi(theta, "a/b", "a/c").ShouldBeExactly((1 + (2 * theta)) / (4 * (theta + ((1 - theta) * Pa))));
    }

    [Theory]
    [MemberData(nameof(Thetas))]
    public void Homozygous_parent_aa_child_ac(double theta)
    {
        // H1 = P(a,a)·1·(1 − θ)p_c/(1 + θ)
        // H2 = P(a,a)·2·(1 − θ)p_c/(1 + θ)·(2θ + (1 − θ)p_a)/(1 + 2θ)
        // PI = (1 + 2θ) / (2·(2θ + (1 − θ)·p_a))
        Pi(theta, "a/a", "a/c").ShouldBeExactly((1 + (2 * theta)) / (2 * ((2 * theta) + ((1 - theta) * Pa))));
    }

    [Theory]
    [MemberData(nameof(Thetas))]
    public void Homozygous_child_aa_parent_ab(double theta)
    {
        // H1 = P(a,b)·½·(θ + (1 − θ)p_a)/(1 + θ)
        // H2 = P(a,b)·(θ + (1 − θ)p_a)/(1 + θ)·(2θ + (1 − θ)p_a)/(1 + 2θ)
        // PI = (1 + 2θ) / (2·(2θ + (1 − θ)·p_a))
        Pi(theta, "a/b", "a/a").ShouldBeExactly((1 + (2 * theta)) / (2 * ((2 * theta) + ((1 - theta) * Pa))));
    }

    [Theory]
    [MemberData(nameof(Thetas))]
    public void Parent_ab_child_ab(double theta)
    {
        // H1 = P(a,b)·½·[(θ + (1 − θ)p_b) + (θ + (1 − θ)p_a)]/(1 + θ)
        // H2 = P(a,b)·2·(θ + (1 − θ)p_a)/(1 + θ)·(θ + (1 − θ)p_b)/(1 + 2θ)
        // PI = (1 + 2θ)·(2θ + (1 − θ)(p_a + p_b)) / (4·(θ + (1 − θ)p_a)·(θ + (1 − θ)p_b))
        var expected = (1 + (2 * theta)) * ((2 * theta) + ((1 - theta) * (Pa + Pb)))
            / (4 * (theta + ((1 - theta) * Pa)) * (theta + ((1 - theta) * Pb)));
        Pi(theta, "a/b", "a/b").ShouldBeExactly(expected);
    }

    private static double Pi(double theta, string parent, string child) =>
        Compute(Pedigrees.ParentChild, [("X", parent), ("Y", child)], theta).LikelihoodRatio;
}
