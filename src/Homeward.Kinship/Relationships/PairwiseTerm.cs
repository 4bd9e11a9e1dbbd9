namespace Homeward.Kinship.Relationships;

/// <summary>
/// One term of a pairwise joint genotype probability in the form
/// <c>Σ_orderings Linked(a, b)·Other(a′, b′)</c>: over the distinct orderings (a, a′) of A's
/// genotype and (b, b′) of B's, <see cref="Linked"/> weighs the pair of alleles that may be
/// identical by descent and <see cref="Other"/> the remaining pair. Both are row-major n×n.
/// </summary>
/// <param name="Linked">The weights of (A's allele, B's allele) on the line of descent.</param>
/// <param name="Other">The weights of A's and B's other alleles.</param>
internal readonly record struct PairwiseTerm(double[] Linked, double[] Other);
