using System.Collections.Immutable;
using System.Globalization;

namespace Homeward.Kinship.Simulation;

/// <summary>
/// Which relatives of a missing child gave reference DNA in one report: a multiset of
/// <see cref="FamilyRole"/>s. Written as roles or the names in <see cref="Aliases"/>
/// (<c>parents</c>, <c>siblings</c>, <c>grandparents</c>, …) joined by <c>+</c>, each optionally
/// repeated with <c>*k</c>: <c>mother+full-sibling*2</c>, <c>paternal-grandparents+child</c>.
/// </summary>
public sealed class FamilyShape
{
    /// <summary>The most relatives of one role in a shape.</summary>
    public const int MaxPerRole = 9;

    private FamilyShape(string name, ImmutableArray<FamilyRole> roles)
    {
        Name = name;
        Roles = roles;
    }

    /// <summary>Shorthand names and what they stand for.</summary>
    public static IReadOnlyDictionary<string, string> Aliases { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["parents"] = "father+mother",
        ["siblings"] = "full-sibling*2",
        ["sibling"] = "full-sibling",
        ["half-sibling"] = "maternal-half-sibling",
        ["grandparents"] = "paternal-grandfather+paternal-grandmother+maternal-grandfather+maternal-grandmother",
        ["maternal-grandparents"] = "maternal-grandfather+maternal-grandmother",
        ["paternal-grandparents"] = "paternal-grandfather+paternal-grandmother",
    };

    /// <summary>The shape as written (an alias stays an alias).</summary>
    public string Name { get; }

    /// <summary>The typed relatives, one entry per person, in <see cref="FamilyRole"/> order.</summary>
    public ImmutableArray<FamilyRole> Roles { get; }

    /// <summary>How many persons of a role the shape has.</summary>
    public int Count(FamilyRole role) => Roles.Count(r => r == role);

    /// <summary>Parses a shape; errors are reported at <paramref name="place"/>.</summary>
    public static Result<FamilyShape> Parse(string? text, string place)
    {
        var name = text?.Trim() ?? string.Empty;
        if (name.Length == 0)
        {
            return Result<FamilyShape>.Failure(place, "empty family shape");
        }

        var roles = new List<FamilyRole>();
        foreach (var part in name.Split('+'))
        {
            var term = part.Trim();
            var count = 1;
            var star = term.IndexOf('*', StringComparison.Ordinal);
            if (star >= 0)
            {
                var countText = term[(star + 1)..].Trim();
                if (!int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 1 || count > MaxPerRole)
                {
                    return Result<FamilyShape>.Failure(place, $"shape '{name}': '{countText}' after '*' must be a whole number from 1 to {MaxPerRole}");
                }

                term = term[..star].Trim();
            }

            if (Aliases.TryGetValue(term, out var alias))
            {
                var expanded = Parse(alias, place).Value.Roles;
                for (var i = 0; i < count; i++)
                {
                    roles.AddRange(expanded);
                }

                continue;
            }

            if (!FamilyRoles.TryParse(term, out var role))
            {
                return Result<FamilyShape>.Failure(place, $"shape '{name}': '{term}' is not a role; use {string.Join(", ", FamilyRoles.All.Select(r => r.Name()))} joined by '+', or one of {string.Join(", ", Aliases.Keys)}");
            }

            roles.AddRange(Enumerable.Repeat(role, count));
        }

        foreach (var group in roles.GroupBy(r => r))
        {
            if (group.Count() > MaxPerRole)
            {
                return Result<FamilyShape>.Failure(place, $"shape '{name}': at most {MaxPerRole} of role {group.Key.Name()}");
            }

            if ((group.Key.ImpliedSex() ?? Sex.Unknown) != Sex.Unknown && group.Count() > 1)
            {
                return Result<FamilyShape>.Failure(place, $"shape '{name}': a child has only one {group.Key.Name()}");
            }
        }

        roles.Sort();
        return new FamilyShape(name, [.. roles]);
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
