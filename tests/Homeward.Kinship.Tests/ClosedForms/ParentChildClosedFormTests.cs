using static Homeward.Kinship.Tests.ClosedForms.ClosedFormCase;

namespace Homeward.Kinship.Tests.ClosedForms;

/// <summary>
/// Paternity indices of a duo (other parent untyped), no mutation, θ = 0:
/// PI = P(child | parent) / P(child), with the child's other allele from the population.
/// </summary>
public sealed class ParentChildClosedFormTests
{
    [Fact]
    public void Parent_ab_child_ac_is_one_over_4pa() =>
        // P(child | parent) = ½·p_c (parent gives a), P(child) = 2·p_a·p_c.
        Lr(Pedigrees.ParentChild, ("X", "a/b"), ("Y", "a/c")).ShouldBeExactly(1 / (4 * Pa));

    [Fact]
    public void Parent_aa_child_ac_is_one_over_2pa() =>
        // P(child | parent) = 1·p_c, P(child) = 2·p_a·p_c.
        Lr(Pedigrees.ParentChild, ("X", "a/a"), ("Y", "a/c")).ShouldBeExactly(1 / (2 * Pa));

    [Fact]
    public void Child_aa_parent_ab_is_one_over_2pa() =>
        // P(child | parent) = ½·p_a, P(child) = p_a².
        Lr(Pedigrees.ParentChild, ("X", "a/b"), ("Y", "a/a")).ShouldBeExactly(1 / (2 * Pa));

    [Fact]
    public void Both_aa_is_one_over_pa() =>
        // P(child | parent) = p_a, P(child) = p_a².
        Lr(Pedigrees.ParentChild, ("X", "a/a"), ("Y", "a/a")).ShouldBeExactly(1 / Pa);

    [Fact]
    public void Both_ab_is_pa_plus_pb_over_4_pa_pb() =>
        // P(child | parent) = ½·p_b + ½·p_a, P(child) = 2·p_a·p_b.
        Lr(Pedigrees.ParentChild, ("X", "a/b"), ("Y", "a/b")).ShouldBeExactly((Pa + Pb) / (4 * Pa * Pb));

    [Fact]
    public void The_index_is_the_same_whichever_of_the_two_is_the_parent() =>
        Lr(Pedigrees.ParentChild, ("X", "a/c"), ("Y", "a/b")).ShouldBeExactly(1 / (4 * Pa));
}
