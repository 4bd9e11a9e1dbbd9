using static Homeward.Kinship.Tests.ClosedForms.ClosedFormCase;

namespace Homeward.Kinship.Tests.ClosedForms;

/// <summary>A parent a/b with a child c/d: excluded without mutation, small but positive with it.</summary>
public sealed class MendelianInconsistencyTests
{
    [Fact]
    public void Without_mutation_the_LR_is_zero_with_a_warning()
    {
        var result = Compute(Pedigrees.ParentChild, [("X", "a/b"), ("Y", "c/d")]);
        result.LikelihoodRatio.ShouldBe(0);
        result.Log10LikelihoodRatio.ShouldBeNull();
        var locus = result.Loci.ShouldHaveSingleItem();
        locus.LikelihoodH1.ShouldBe(0);
        locus.LikelihoodH2.ShouldBeGreaterThan(0);
        result.Warnings.ShouldContain(w => w.Contains("impossible under H1 without mutation", StringComparison.Ordinal));
    }

    [Fact]
    public void With_paternal_mutation_the_LR_is_the_mutation_probability_times_the_population_term()
    {
        // Equal model for the father (r = 0.003 over n = 4 alleles: any other allele r/3), none for
        // the mother. The child's paternal allele is c or d by mutation (r/3 from either of a, b),
        // the maternal one from the population: P(child | father) = r/3·p_d + r/3·p_c;
        // P(child) = 2·p_c·p_d. LR = r·(p_c + p_d) / (6·p_c·p_d).
        const double r = 0.003;
        var mutation = new MutationSettings(new SexSpecificMutation(MutationModel.Equal(r).Value, MutationModel.None));
        var result = Compute(Pedigrees.ParentChild, [("X", "a/b"), ("Y", "c/d")], mutation: mutation);
        result.LikelihoodRatio.ShouldBeGreaterThan(0);
        result.LikelihoodRatio.ShouldBeExactly(r * (Pc + Pd) / (6 * Pc * Pd));
    }

    [Fact]
    public void With_maternal_mutation_only_the_paternal_inconsistency_stays_impossible()
    {
        // X is the father: a mutation model for mothers only cannot explain his missing allele.
        var mutation = new MutationSettings(new SexSpecificMutation(MutationModel.None, MutationModel.Equal(0.003).Value));
        Compute(Pedigrees.ParentChild, [("X", "a/b"), ("Y", "c/d")], mutation: mutation).LikelihoodRatio.ShouldBe(0);
    }
}
