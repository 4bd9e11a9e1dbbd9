using Homeward.Kinship.Peeling;

namespace Homeward.Kinship.Relationships;

/// <summary>
/// The joint genotype probability of A and B under a pairwise relationship, with mutation, as at
/// most two <see cref="PairwiseTerm"/>s, and each person's genotype probability when the other is
/// untyped at the marker (what the general engine computes when one of them is missing there).
/// Derivations (S = Σp, q_s = p·M_s, ρ_s = M_s·1, Q_s = Σq_s, P_s the pair matrix of
/// <see cref="SexTransmission"/>, s̄ the opposite sex; A's alleles x, y and B's u, v with x and u
/// the linked pair):
/// <list type="bullet">
/// <item>parent–child (A of sex s): A's genotype has Hardy–Weinberg weight p(x)p(y), B gets u from
/// A by <c>t_A = ½(M_s[x] + M_s[y])</c> and v from the untyped other parent with weight S·q_s̄(v):
/// Linked = <c>p(x)·M_s[x][u]</c>, Other = <c>p(y)·S q_s̄(v)</c> (the ½ cancels against the two
/// orderings of A);</item>
/// <item>full siblings: Linked = P_male, Other = P_female;</item>
/// <item>half siblings (common parent s): Linked = P_s, Other = <c>S q_s̄(y) · S q_s̄(v)</c>;</item>
/// <item>grandparent A (s) → parent (sP) → B: the parent has (z from A, w from A's spouse) and
/// passes either on through M_sP, so Linked = <c>½ S p(x)[Q_s̄ (M_s M_sP)[x][u] + ρ_s(x)(q_s̄ M_sP)(u)]</c>,
/// Other = <c>p(y)·S q_s̄P(v)</c>;</item>
/// <item>avuncular (B's parent of sex sP, A's full sibling): that parent passes on its paternal or
/// maternal allele through M_sP, giving two terms: Linked = <c>½ P_male M_sP</c>,
/// Other = <c>rowsum(P_female)(y)·S q_s̄P(v)</c>, and Linked = <c>½ P_female M_sP</c>,
/// Other = <c>rowsum(P_male)(y)·S q_s̄P(v)</c>;</item>
/// <item>first cousins (A's parent of sex sA, B's parent of sex sB, full siblings):
/// Linked = <c>J = ¼[σ_f M_sAᵀ P_male M_sB + (π_m M_sA)⊗(π_f M_sB) + (π_f M_sA)⊗(π_m M_sB) + σ_m M_sAᵀ P_female M_sB]</c>
/// with π = rowsum(P) and σ = Σ P, Other = <c>S q_s̄A(y)·S q_s̄B(v)</c>.</item>
/// </list>
/// With Σp = 1 and stochastic matrices, S = Q = ρ = σ = 1 and π = q, the textbook forms.
/// </summary>
internal sealed class PairwiseModel
{
    private PairwiseModel(PairwiseTerm[] terms, double[] marginalFirst, double[] marginalSecond)
    {
        Terms = terms;
        MarginalFirst = marginalFirst;
        MarginalSecond = marginalSecond;
    }

    public PairwiseTerm[] Terms { get; }

    /// <summary>P(A = g) under H1 when B is untyped.</summary>
    public double[] MarginalFirst { get; }

    /// <summary>P(B = g) under H1 when A is untyped.</summary>
    public double[] MarginalSecond { get; }

    public static PairwiseModel Build(MarkerSystem system, PairwiseRelationship relationship)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(relationship);
        var n = system.N;
        var p = system.Frequencies;
        var s = SquareMatrix.Sum(p);
        var space = system.Space;
        var male = new SexTransmission(system, Sex.Male);
        var female = new SexTransmission(system, Sex.Female);
        SexTransmission Of(Sex sex) => sex == Sex.Male ? male : female;
        SexTransmission OppositeOf(Sex sex) => sex == Sex.Male ? female : male;
        var hardyWeinberg = system.HardyWeinberg();
        var child = GenotypeDistribution.ChildOfUntypedFounders(space, male, female);
        double[] Grandchild(Sex parentSex) => GenotypeDistribution.GrandchildOfUntypedFounders(system, male, female, parentSex);

        switch (relationship.Kind)
        {
            case PairwiseRelationshipKind.ParentChild:
            {
                var parent = Of(relationship.FirstSex);
                var linked = SquareMatrix.ScaleRows(p, parent.Matrix, n);
                var other = SquareMatrix.Outer(p, OppositeOf(relationship.FirstSex).Untyped, 1);
                return new([new(linked, other)], hardyWeinberg, child);
            }

            case PairwiseRelationshipKind.FullSiblings:
                return new([new(male.Pair, female.Pair)], child, child);

            case PairwiseRelationshipKind.HalfSiblings:
            {
                var others = OppositeOf(relationship.FirstSex).Untyped;
                return new([new(Of(relationship.FirstSex).Pair, SquareMatrix.Outer(others, others, 1))], child, child);
            }

            case PairwiseRelationshipKind.GrandparentGrandchild:
            {
                var grandparent = Of(relationship.FirstSex);
                var grandparentSpouse = OppositeOf(relationship.FirstSex);
                var parent = Of(relationship.SecondSex);
                var twoMeioses = SquareMatrix.ScaleRows(p, SquareMatrix.Multiply(grandparent.Matrix, parent.Matrix, n), n);
                var viaSpouse = SquareMatrix.LeftMultiply(grandparentSpouse.Q, parent.Matrix, n);
                var weightedRowSum = new double[n];
                for (var x = 0; x < n; x++)
                {
                    weightedRowSum[x] = p[x] * grandparent.RowSum[x];
                }

                var linked = SquareMatrix.Combine(
                    0.5 * s * grandparentSpouse.QTotal, twoMeioses, 0.5 * s, SquareMatrix.Outer(weightedRowSum, viaSpouse, 1));
                var other = SquareMatrix.Outer(p, OppositeOf(relationship.SecondSex).Untyped, 1);
                return new([new(linked, other)], hardyWeinberg, Grandchild(relationship.SecondSex));
            }

            case PairwiseRelationshipKind.Avuncular:
            {
                var parent = Of(relationship.FirstSex);
                var spouse = OppositeOf(relationship.FirstSex).Untyped;
                var viaPaternal = SquareMatrix.Scale(0.5, SquareMatrix.Multiply(male.Pair, parent.Matrix, n));
                var viaMaternal = SquareMatrix.Scale(0.5, SquareMatrix.Multiply(female.Pair, parent.Matrix, n));
                var paternalOther = SquareMatrix.Outer(SquareMatrix.RowSums(female.Pair, n), spouse, 1);
                var maternalOther = SquareMatrix.Outer(SquareMatrix.RowSums(male.Pair, n), spouse, 1);
                return new(
                    [new(viaPaternal, paternalOther), new(viaMaternal, maternalOther)],
                    child,
                    Grandchild(relationship.FirstSex));
            }

            case PairwiseRelationshipKind.FirstCousins:
            {
                var first = Of(relationship.FirstSex).Matrix;
                var second = Of(relationship.SecondSex).Matrix;
                var sigmaMale = SquareMatrix.Sum(male.Pair);
                var sigmaFemale = SquareMatrix.Sum(female.Pair);
                var piMale = SquareMatrix.RowSums(male.Pair, n);
                var piFemale = SquareMatrix.RowSums(female.Pair, n);
                var viaFather = SquareMatrix.TransposeMultiply(first, SquareMatrix.Multiply(male.Pair, second, n), n);
                var viaMother = SquareMatrix.TransposeMultiply(first, SquareMatrix.Multiply(female.Pair, second, n), n);
                var crossed1 = SquareMatrix.Outer(SquareMatrix.LeftMultiply(piMale, first, n), SquareMatrix.LeftMultiply(piFemale, second, n), 1);
                var crossed2 = SquareMatrix.Outer(SquareMatrix.LeftMultiply(piFemale, first, n), SquareMatrix.LeftMultiply(piMale, second, n), 1);
                var linked = SquareMatrix.Combine(
                    0.25 * sigmaFemale, viaFather, 0.25 * sigmaMale, viaMother);
                linked = SquareMatrix.Combine(1, linked, 0.25, SquareMatrix.Combine(1, crossed1, 1, crossed2));
                var other = SquareMatrix.Outer(
                    OppositeOf(relationship.FirstSex).Untyped, OppositeOf(relationship.SecondSex).Untyped, 1);
                return new([new(linked, other)], Grandchild(relationship.FirstSex), Grandchild(relationship.SecondSex));
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(relationship), relationship.Kind, "Unknown relationship kind.");
        }
    }
}
