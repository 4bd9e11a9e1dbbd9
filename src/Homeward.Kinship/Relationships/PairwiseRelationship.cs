namespace Homeward.Kinship.Relationships;

/// <summary>
/// How two persons, the first (A) and the second (B), are related, with the sexes of the relatives
/// whose meioses link them: the hypothesis H1 of a pairwise likelihood ratio, against H2 "A and B
/// unrelated". Every relative not named is untyped, every founder is drawn from the population,
/// and every spouse is an untyped founder of the opposite sex. Mutation applies to each meiosis by
/// the sex of the transmitting parent, so the sexes matter when male and female rates differ.
/// Create one with the factory methods; the sexes must be <see cref="Sex.Male"/> or
/// <see cref="Sex.Female"/>.
/// </summary>
public sealed record PairwiseRelationship
{
    private PairwiseRelationship(PairwiseRelationshipKind kind, Sex firstSex, Sex secondSex)
    {
        Kind = kind;
        FirstSex = firstSex;
        SecondSex = secondSex;
    }

    /// <summary>Children of the same two untyped parents.</summary>
    public static PairwiseRelationship FullSiblings { get; } =
        new(PairwiseRelationshipKind.FullSiblings, Sex.Unknown, Sex.Unknown);

    /// <summary>The kind of relationship.</summary>
    public PairwiseRelationshipKind Kind { get; }

    /// <summary>
    /// The sex of the first linking relative: the parent (A) for parent–child, the common parent
    /// for half siblings, the grandparent (A) for grandparent–grandchild, B's parent for avuncular,
    /// A's parent for first cousins; <see cref="Sex.Unknown"/> for full siblings.
    /// </summary>
    public Sex FirstSex { get; }

    /// <summary>
    /// The sex of the second linking relative: the middle parent (A's child, B's parent) for
    /// grandparent–grandchild, B's parent for first cousins; otherwise <see cref="Sex.Unknown"/>.
    /// </summary>
    public Sex SecondSex { get; }

    /// <summary>The IBD coefficients κ of the relationship.</summary>
    public IbdCoefficients Kappa => Kind switch
    {
        PairwiseRelationshipKind.ParentChild => new(0, 1, 0),
        PairwiseRelationshipKind.FullSiblings => new(0.25, 0.5, 0.25),
        PairwiseRelationshipKind.FirstCousins => new(0.75, 0.25, 0),
        _ => new(0.5, 0.5, 0),
    };

    /// <summary>A is a parent of sex <paramref name="parentSex"/> of B; B's other parent is untyped.</summary>
    public static PairwiseRelationship ParentChild(Sex parentSex) =>
        new(PairwiseRelationshipKind.ParentChild, Check(parentSex, nameof(parentSex)), Sex.Unknown);

    /// <summary>A and B share one parent, of sex <paramref name="commonParentSex"/>.</summary>
    public static PairwiseRelationship HalfSiblings(Sex commonParentSex) =>
        new(PairwiseRelationshipKind.HalfSiblings, Check(commonParentSex, nameof(commonParentSex)), Sex.Unknown);

    /// <summary>
    /// A, of sex <paramref name="grandparentSex"/>, is a grandparent of B through A's child of sex
    /// <paramref name="parentSex"/>, who is B's parent.
    /// </summary>
    public static PairwiseRelationship GrandparentGrandchild(Sex grandparentSex, Sex parentSex) =>
        new(PairwiseRelationshipKind.GrandparentGrandchild, Check(grandparentSex, nameof(grandparentSex)), Check(parentSex, nameof(parentSex)));

    /// <summary>
    /// A is an uncle or aunt of B: A is a full sibling of B's parent, of sex
    /// <paramref name="parentSex"/>.
    /// </summary>
    public static PairwiseRelationship Avuncular(Sex parentSex) =>
        new(PairwiseRelationshipKind.Avuncular, Check(parentSex, nameof(parentSex)), Sex.Unknown);

    /// <summary>
    /// A and B are first cousins: A's parent, of sex <paramref name="parentSexOfFirst"/>, and B's
    /// parent, of sex <paramref name="parentSexOfSecond"/>, are full siblings.
    /// </summary>
    public static PairwiseRelationship FirstCousins(Sex parentSexOfFirst, Sex parentSexOfSecond) =>
        new(PairwiseRelationshipKind.FirstCousins, Check(parentSexOfFirst, nameof(parentSexOfFirst)), Check(parentSexOfSecond, nameof(parentSexOfSecond)));

    /// <inheritdoc />
    public override string ToString() => Kind switch
    {
        PairwiseRelationshipKind.FullSiblings => "full siblings",
        PairwiseRelationshipKind.ParentChild => $"parent–child (parent {FirstSex})",
        PairwiseRelationshipKind.HalfSiblings => $"half siblings (common parent {FirstSex})",
        PairwiseRelationshipKind.GrandparentGrandchild => $"grandparent–grandchild (grandparent {FirstSex}, parent {SecondSex})",
        PairwiseRelationshipKind.Avuncular => $"avuncular (B's parent {FirstSex})",
        _ => $"first cousins (A's parent {FirstSex}, B's parent {SecondSex})",
    };

    private static Sex Check(Sex sex, string name) =>
        sex is Sex.Male or Sex.Female
            ? sex
            : throw new ArgumentOutOfRangeException(name, sex, "A linking relative must be male or female.");
}
