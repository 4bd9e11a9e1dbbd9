namespace Homeward.Kinship;

/// <summary>How a reference donor is related to the missing child of their report (DESIGN.md §4).</summary>
public enum FamilyRole
{
    /// <summary>The missing child's mother.</summary>
    Mother = 1,

    /// <summary>The missing child's father.</summary>
    Father,

    /// <summary>A child of the same mother and father.</summary>
    FullSibling,

    /// <summary>A child of the same mother and another father.</summary>
    MaternalHalfSibling,

    /// <summary>A child of the same father and another mother.</summary>
    PaternalHalfSibling,

    /// <summary>The mother's mother.</summary>
    MaternalGrandmother,

    /// <summary>The mother's father.</summary>
    MaternalGrandfather,

    /// <summary>The father's mother.</summary>
    PaternalGrandmother,

    /// <summary>The father's father.</summary>
    PaternalGrandfather,

    /// <summary>A child of the missing person (now an adult).</summary>
    Child,
}

/// <summary>The role names of the JSON Lines format.</summary>
public static class FamilyRoles
{
    private static readonly (FamilyRole Role, string Name)[] Names =
    [
        (FamilyRole.Mother, "mother"),
        (FamilyRole.Father, "father"),
        (FamilyRole.FullSibling, "full-sibling"),
        (FamilyRole.MaternalHalfSibling, "maternal-half-sibling"),
        (FamilyRole.PaternalHalfSibling, "paternal-half-sibling"),
        (FamilyRole.MaternalGrandmother, "maternal-grandmother"),
        (FamilyRole.MaternalGrandfather, "maternal-grandfather"),
        (FamilyRole.PaternalGrandmother, "paternal-grandmother"),
        (FamilyRole.PaternalGrandfather, "paternal-grandfather"),
        (FamilyRole.Child, "child"),
    ];

    /// <summary>All roles, in format order.</summary>
    public static System.Collections.Immutable.ImmutableArray<FamilyRole> All { get; } = [.. Names.Select(n => n.Role)];

    /// <summary>All role names, for messages.</summary>
    public static string AllNames => string.Join(", ", Names.Select(n => n.Name));

    /// <summary>The format name of a role (<c>full-sibling</c>).</summary>
    public static string Name(this FamilyRole role) => Names.First(n => n.Role == role).Name;

    /// <summary>Parses a format name, case-insensitively.</summary>
    public static bool TryParse(string? name, out FamilyRole role)
    {
        foreach (var (r, n) in Names)
        {
            if (string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
            {
                role = r;
                return true;
            }
        }

        role = default;
        return false;
    }

    /// <summary>The sex a role implies, or null when it does not.</summary>
    public static Sex? ImpliedSex(this FamilyRole role) => role switch
    {
        FamilyRole.Mother or FamilyRole.MaternalGrandmother or FamilyRole.PaternalGrandmother => Sex.Female,
        FamilyRole.Father or FamilyRole.MaternalGrandfather or FamilyRole.PaternalGrandfather => Sex.Male,
        _ => null,
    };
}
