using System.Collections.Immutable;

namespace Homeward.Kinship.Simulation.Evaluation;

/// <summary>
/// The relationships evaluated by <see cref="KinshipEvaluator"/>, each tested as an explicit
/// pedigree against "all typed persons unrelated". Text forms are given by <see cref="Relationships"/>.
/// </summary>
public enum Relationship
{
    /// <summary>A father and his child (<c>parent-child</c>); κ = (0, 1, 0).</summary>
    ParentChild = 1,

    /// <summary>Two children of the same parents (<c>full-siblings</c>); κ = (¼, ½, ¼).</summary>
    FullSiblings = 2,

    /// <summary>Two children of the same father and different mothers (<c>half-siblings</c>); κ = (½, ½, 0).</summary>
    HalfSiblings = 3,

    /// <summary>A grandfather and his son's child (<c>grandparent</c>); κ = (½, ½, 0).</summary>
    Grandparent = 4,

    /// <summary>An uncle and his brother's child (<c>avuncular</c>); κ = (½, ½, 0).</summary>
    Avuncular = 5,

    /// <summary>Children of two brothers (<c>first-cousins</c>); κ = (¾, ¼, 0).</summary>
    FirstCousins = 6,

    /// <summary>Father, mother and their child, all typed (<c>trio</c>); unrelated = a child unrelated to the couple.</summary>
    Trio = 7,
}

/// <summary>Text forms of <see cref="Relationship"/>.</summary>
public static class Relationships
{
    private static readonly ImmutableArray<(Relationship Relationship, string Text)> Names =
    [
        (Relationship.ParentChild, "parent-child"),
        (Relationship.FullSiblings, "full-siblings"),
        (Relationship.HalfSiblings, "half-siblings"),
        (Relationship.Grandparent, "grandparent"),
        (Relationship.Avuncular, "avuncular"),
        (Relationship.FirstCousins, "first-cousins"),
        (Relationship.Trio, "trio"),
    ];

    /// <summary>Every relationship, in declaration order.</summary>
    public static ImmutableArray<Relationship> All { get; } = [.. Names.Select(n => n.Relationship)];

    /// <summary>The text form, e.g. <c>first-cousins</c>.</summary>
    public static string ToText(Relationship relationship)
    {
        foreach (var (r, text) in Names)
        {
            if (r == relationship)
            {
                return text;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(relationship), relationship, "not a relationship");
    }

    /// <summary>Parses a text form (exact, lower case).</summary>
    public static bool TryParse(string? text, out Relationship relationship)
    {
        foreach (var (r, t) in Names)
        {
            if (string.Equals(t, text, StringComparison.Ordinal))
            {
                relationship = r;
                return true;
            }
        }

        relationship = default;
        return false;
    }
}
