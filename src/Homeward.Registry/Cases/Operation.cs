using System.Collections.Immutable;
using Homeward.Kinship;
using Homeward.Registry.Places;

namespace Homeward.Registry.Cases;

/// <summary>A police operation (bust): its date, the provinces involved, arrests, rings and children rescued.</summary>
public sealed class Operation
{
    private Operation(string id, DateOnly date, ImmutableArray<Province> provinces, int arrests, ImmutableArray<string> rings, ImmutableArray<string> children)
    {
        Id = id;
        Date = date;
        Provinces = provinces;
        Arrests = arrests;
        Rings = rings;
        Children = children;
    }

    /// <summary>The operation's id (pseudonymous; the code name stays with the police).</summary>
    public string Id { get; }

    /// <summary>The day of the operation (or its start).</summary>
    public DateOnly Date { get; }

    /// <summary>The provinces involved.</summary>
    public ImmutableArray<Province> Provinces { get; }

    /// <summary>The number of arrests.</summary>
    public int Arrests { get; }

    /// <summary>Ids of the trafficking rings (Homeward.Intel ring ids).</summary>
    public ImmutableArray<string> Rings { get; }

    /// <summary>Ids of the found children rescued.</summary>
    public ImmutableArray<string> Children { get; }

    /// <summary>Creates an operation; at least one known province; arrests ≥ 0.</summary>
    public static Result<Operation> Create(string id, DateOnly date, IEnumerable<string> provinces, int arrests, IEnumerable<string>? rings, IEnumerable<string>? children)
    {
        ArgumentNullException.ThrowIfNull(provinces);
        var names = provinces.ToArray();
        var found = names.Select(Places.Provinces.Find).ToArray();
        var v = new Validation($"operation {id}")
            .RequireId(id, "id")
            .Require(names.Length > 0, "provinces", "at least one province is required")
            .Require(arrests >= 0, "arrests", "must be ≥ 0");
        for (var i = 0; i < names.Length; i++)
        {
            v.Require(found[i] is not null, $"provinces[{i}]", $"'{names[i]}' is not a provincial unit of China");
        }

        var ringIds = (rings ?? []).ToArray();
        var childIds = (children ?? []).ToArray();
        foreach (var r in ringIds)
        {
            v.RequireId(r, "rings");
        }

        foreach (var c in childIds)
        {
            v.RequireId(c, "children");
        }

        return v.Build(() => new Operation(id, date, [.. found.OfType<Province>().Distinct()], arrests, [.. ringIds.Distinct(StringComparer.Ordinal)], [.. childIds.Distinct(StringComparer.Ordinal)]));
    }
}
