using static Homeward.Kinship.Tests.ClosedForms.ClosedFormCase;

namespace Homeward.Kinship.Tests.ClosedForms;

/// <summary>
/// Pairwise relationships through IBD coefficients (no mutation, θ = 0):
/// LR = κ0 + κ1·PO/UN + κ2·MZ/UN, where PO/UN is the paternity index of the two genotypes and
/// MZ/UN = 1/P(genotype) when both are the same genotype, else 0.
/// Full siblings κ = (¼, ½, ¼); half siblings, grandparent, avuncular (½, ½, 0); first cousins (¾, ¼, 0).
/// </summary>
public sealed class PairwiseRelationshipClosedFormTests
{
    [Fact]
    public void Full_siblings_sharing_one_allele() =>
        Lr(Pedigrees.FullSiblings, ("X", "a/b"), ("Y", "a/c")).ShouldBeExactly(Kappa(0.25, 0.5, 0.25, po: 1 / (4 * Pa), mz: 0));

    [Fact]
    public void Full_siblings_with_the_same_heterozygous_genotype() =>
        Lr(Pedigrees.FullSiblings, ("X", "a/b"), ("Y", "a/b"))
            .ShouldBeExactly(Kappa(0.25, 0.5, 0.25, po: (Pa + Pb) / (4 * Pa * Pb), mz: 1 / (2 * Pa * Pb)));

    [Fact]
    public void Full_siblings_both_homozygous_for_the_same_allele() =>
        Lr(Pedigrees.FullSiblings, ("X", "a/a"), ("Y", "a/a")).ShouldBeExactly(Kappa(0.25, 0.5, 0.25, po: 1 / Pa, mz: 1 / (Pa * Pa)));

    [Fact]
    public void Full_siblings_sharing_nothing_keep_kappa0() =>
        Lr(Pedigrees.FullSiblings, ("X", "a/b"), ("Y", "c/d")).ShouldBeExactly(0.25);

    [Fact]
    public void Half_siblings_sharing_one_allele() =>
        Lr(Pedigrees.HalfSiblings, ("X", "a/b"), ("Y", "a/c")).ShouldBeExactly(Kappa(0.5, 0.5, 0, po: 1 / (4 * Pa), mz: 0));

    [Fact]
    public void Half_siblings_homozygous_and_heterozygous() =>
        Lr(Pedigrees.HalfSiblings, ("X", "a/a"), ("Y", "a/b")).ShouldBeExactly(Kappa(0.5, 0.5, 0, po: 1 / (2 * Pa), mz: 0));

    [Fact]
    public void Half_siblings_with_the_same_heterozygous_genotype() =>
        Lr(Pedigrees.HalfSiblings, ("X", "a/b"), ("Y", "a/b")).ShouldBeExactly(Kappa(0.5, 0.5, 0, po: (Pa + Pb) / (4 * Pa * Pb), mz: 0));

    [Fact]
    public void Grandparent_and_grandchild_sharing_one_allele() =>
        Lr(Pedigrees.GrandparentGrandchild, ("X", "a/b"), ("Y", "a/c")).ShouldBeExactly(Kappa(0.5, 0.5, 0, po: 1 / (4 * Pa), mz: 0));

    [Fact]
    public void Grandparent_and_grandchild_both_homozygous() =>
        Lr(Pedigrees.GrandparentGrandchild, ("X", "a/a"), ("Y", "a/a")).ShouldBeExactly(Kappa(0.5, 0.5, 0, po: 1 / Pa, mz: 0));

    [Fact]
    public void Uncle_and_nephew() =>
        Lr(Pedigrees.UncleNephew, ("X", "a/a"), ("Y", "a/b")).ShouldBeExactly(Kappa(0.5, 0.5, 0, po: 1 / (2 * Pa), mz: 0));

    [Fact]
    public void First_cousins_both_homozygous() =>
        Lr(Pedigrees.FirstCousins, ("X", "a/a"), ("Y", "a/a")).ShouldBeExactly(Kappa(0.75, 0.25, 0, po: 1 / Pa, mz: 0));

    [Fact]
    public void First_cousins_with_the_same_heterozygous_genotype() =>
        Lr(Pedigrees.FirstCousins, ("X", "a/b"), ("Y", "a/b")).ShouldBeExactly(Kappa(0.75, 0.25, 0, po: (Pa + Pb) / (4 * Pa * Pb), mz: 0));

    [Fact]
    public void First_cousins_sharing_nothing_keep_kappa0() =>
        Lr(Pedigrees.FirstCousins, ("X", "b/b"), ("Y", "c/d")).ShouldBeExactly(0.75);

    private static double Kappa(double k0, double k1, double k2, double po, double mz) => k0 + (k1 * po) + (k2 * mz);
}
