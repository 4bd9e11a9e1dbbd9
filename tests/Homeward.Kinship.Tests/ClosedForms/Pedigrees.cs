namespace Homeward.Kinship.Tests.ClosedForms;

/// <summary>The pedigrees of the closed-form tests; the two typed persons are X and Y.</summary>
internal static class Pedigrees
{
    /// <summary>X is the father of Y; Y's mother is untyped.</summary>
    public static PersonSpec[] ParentChild { get; } =
        [new("X", Sex.Male), new("M", Sex.Female), new("Y", Sex.Female, "X", "M")];

    /// <summary>X and Y are children of the same untyped parents.</summary>
    public static PersonSpec[] FullSiblings { get; } =
        [new("F", Sex.Male), new("M", Sex.Female), new("X", Sex.Male, "F", "M"), new("Y", Sex.Female, "F", "M")];

    /// <summary>X and Y share their father only.</summary>
    public static PersonSpec[] HalfSiblings { get; } =
        [new("F", Sex.Male), new("M1", Sex.Female), new("M2", Sex.Female), new("X", Sex.Male, "F", "M1"), new("Y", Sex.Female, "F", "M2")];

    /// <summary>X is Y's paternal grandfather.</summary>
    public static PersonSpec[] GrandparentGrandchild { get; } =
        [new("X", Sex.Male), new("GM", Sex.Female), new("P", Sex.Male, "X", "GM"), new("W", Sex.Female), new("Y", Sex.Female, "P", "W")];

    /// <summary>X is Y's paternal uncle (full brother of Y's father).</summary>
    public static PersonSpec[] UncleNephew { get; } =
        [new("GF", Sex.Male), new("GM", Sex.Female), new("X", Sex.Male, "GF", "GM"), new("P", Sex.Male, "GF", "GM"), new("W", Sex.Female), new("Y", Sex.Male, "P", "W")];

    /// <summary>X and Y are first cousins: X's father and Y's mother are full siblings.</summary>
    public static PersonSpec[] FirstCousins { get; } =
    [
        new("GF", Sex.Male), new("GM", Sex.Female),
        new("P1", Sex.Male, "GF", "GM"), new("P2", Sex.Female, "GF", "GM"),
        new("W1", Sex.Female), new("H2", Sex.Male),
        new("X", Sex.Female, "P1", "W1"), new("Y", Sex.Male, "H2", "P2"),
    ];
}
