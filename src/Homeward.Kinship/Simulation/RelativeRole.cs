namespace Homeward.Kinship.Simulation;

/// <summary>
/// How a reference person is related to the missing child of a report (DESIGN.md §4). The text
/// forms used in profile files are given by <see cref="RelativeRoles"/>.
/// </summary>
public enum RelativeRole
{
    /// <summary>The missing child's mother (<c>mother</c>).</summary>
    Mother = 1,

    /// <summary>The missing child's father (<c>father</c>).</summary>
    Father = 2,

    /// <summary>A child of the same father and mother (<c>full-sibling</c>).</summary>
    FullSibling = 3,

    /// <summary>A child of the same mother and another father (<c>maternal-half-sibling</c>).</summary>
    MaternalHalfSibling = 4,

    /// <summary>A child of the same father and another mother (<c>paternal-half-sibling</c>).</summary>
    PaternalHalfSibling = 5,

    /// <summary>The mother's mother (<c>maternal-grandmother</c>).</summary>
    MaternalGrandmother = 6,

    /// <summary>The mother's father (<c>maternal-grandfather</c>).</summary>
    MaternalGrandfather = 7,

    /// <summary>The father's mother (<c>paternal-grandmother</c>).</summary>
    PaternalGrandmother = 8,

    /// <summary>The father's father (<c>paternal-grandfather</c>).</summary>
    PaternalGrandfather = 9,

    /// <summary>A child of the missing person (<c>child</c>).</summary>
    Child = 10,
}
