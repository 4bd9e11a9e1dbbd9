namespace Homeward.Kinship.Relationships;

/// <summary>The pairwise relationships with an exact fast path (see <see cref="PairwiseRelationship"/>).</summary>
public enum PairwiseRelationshipKind
{
    /// <summary>The first person is a parent of the second; the other parent is untyped.</summary>
    ParentChild = 1,

    /// <summary>Children of the same two untyped parents.</summary>
    FullSiblings = 2,

    /// <summary>Children of one common untyped parent and two different untyped parents.</summary>
    HalfSiblings = 3,

    /// <summary>The first person is a grandparent of the second, through an untyped parent.</summary>
    GrandparentGrandchild = 4,

    /// <summary>The first person is an uncle or aunt (full sibling of a parent) of the second.</summary>
    Avuncular = 5,

    /// <summary>Children of two full siblings.</summary>
    FirstCousins = 6,
}
