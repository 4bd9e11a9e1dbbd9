using System.Collections.Immutable;

namespace Homeward.Kinship.Simulation;

/// <summary>The text forms of <see cref="RelativeRole"/> used in the profile files of DESIGN.md §4.</summary>
public static class RelativeRoles
{
    private static readonly ImmutableArray<(RelativeRole Role, string Text)> Names =
    [
        (RelativeRole.Mother, "mother"),
        (RelativeRole.Father, "father"),
        (RelativeRole.FullSibling, "full-sibling"),
        (RelativeRole.MaternalHalfSibling, "maternal-half-sibling"),
        (RelativeRole.PaternalHalfSibling, "paternal-half-sibling"),
        (RelativeRole.MaternalGrandmother, "maternal-grandmother"),
        (RelativeRole.MaternalGrandfather, "maternal-grandfather"),
        (RelativeRole.PaternalGrandmother, "paternal-grandmother"),
        (RelativeRole.PaternalGrandfather, "paternal-grandfather"),
        (RelativeRole.Child, "child"),
    ];

    /// <summary>Every role, in the order of DESIGN.md §4.</summary>
    public static ImmutableArray<RelativeRole> All { get; } = [.. Names.Select(n => n.Role)];

    /// <summary>The text form, e.g. <c>maternal-half-sibling</c>.</summary>
    public static string ToText(RelativeRole role)
    {
        foreach (var (r, text) in Names)
        {
            if (r == role)
            {
                return text;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(role), role, "not a relative role");
    }

    /// <summary>Parses a text form (exact, lower case).</summary>
    public static bool TryParse(string? text, out RelativeRole role)
    {
        foreach (var (r, t) in Names)
        {
            if (string.Equals(t, text, StringComparison.Ordinal))
            {
                role = r;
                return true;
            }
        }

        role = default;
        return false;
    }

    /// <summary>The sex a person in this role must have, or <see cref="Sex.Unknown"/> when either is possible.</summary>
    public static Sex RequiredSex(RelativeRole role) => role switch
    {
        RelativeRole.Mother or RelativeRole.MaternalGrandmother or RelativeRole.PaternalGrandmother => Sex.Female,
        RelativeRole.Father or RelativeRole.MaternalGrandfather or RelativeRole.PaternalGrandfather => Sex.Male,
        _ => Sex.Unknown,
    };
}
