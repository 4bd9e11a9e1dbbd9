using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;

namespace Homeward.Kinship.Tests.Properties;

/// <summary>
/// Random loop-free pedigrees, grown one person at a time: each new person is a founder or the
/// child of a man and a woman already present who either are a couple already (a sibling) or lie in
/// different connected components (a new couple joins two trees). Either way the graph of persons
/// and nuclear families stays a forest, so every pedigree built is one the engine must accept.
/// Parents always come before their children in the result.
/// </summary>
internal static class PedigreeGenerator
{
    public static Gen<Sex> AnySex { get; } = Gen.Frequency(
    [
        (9, Gen.Constant(Sex.Male)),
        (9, Gen.Constant(Sex.Female)),
        (2, Gen.Constant(Sex.Unknown)),
    ]);

    public static Gen<ImmutableArray<PersonSpec>> Grow(IReadOnlyList<(string Id, Sex Sex)> persons) =>
        GrowFrom(ImmutableArray<PersonSpec>.Empty, persons, 0);

    /// <summary>The (father, mother) pairs that may have a further child without closing a loop.</summary>
    public static IReadOnlyList<(string Father, string Mother)> AllowedCouples(IReadOnlyList<PersonSpec> persons)
    {
        var component = Components(persons);
        var couples = persons
            .Where(p => p.Father is not null)
            .Select(p => (p.Father!, p.Mother!))
            .ToHashSet();
        var allowed = new List<(string, string)>();
        foreach (var man in persons.Where(p => p.Sex == Sex.Male))
        {
            foreach (var woman in persons.Where(p => p.Sex == Sex.Female))
            {
                if (couples.Contains((man.Id, woman.Id)) || component[man.Id] != component[woman.Id])
                {
                    allowed.Add((man.Id, woman.Id));
                }
            }
        }

        return allowed;
    }

    /// <summary>Whether anybody in <paramref name="persons"/> has <paramref name="id"/> as a parent.</summary>
    public static bool HasChildren(IReadOnlyList<PersonSpec> persons, string id) =>
        persons.Any(p => string.Equals(p.Father, id, StringComparison.Ordinal) || string.Equals(p.Mother, id, StringComparison.Ordinal));

    private static Gen<ImmutableArray<PersonSpec>> GrowFrom(ImmutableArray<PersonSpec> built, IReadOnlyList<(string Id, Sex Sex)> pending, int next)
    {
        if (next == pending.Count)
        {
            return Gen.Constant(built);
        }

        var (id, sex) = pending[next];
        var founder = Gen.Constant(new PersonSpec(id, sex));
        var couples = AllowedCouples(built);
        var person = couples.Count == 0
            ? founder
            : Gen.Frequency(
            [
                (1, founder),
                (2, Gen.Elements<(string Father, string Mother)>(couples).Select(c => new PersonSpec(id, sex, c.Father, c.Mother))),
            ]);
        return person.SelectMany(p => GrowFrom(built.Add(p), pending, next + 1));
    }

    private static Dictionary<string, int> Components(IReadOnlyList<PersonSpec> persons)
    {
        var parent = persons.ToDictionary(p => p.Id, p => p.Id, StringComparer.Ordinal);

        string Find(string x)
        {
            while (!string.Equals(parent[x], x, StringComparison.Ordinal))
            {
                x = parent[x];
            }

            return x;
        }

        foreach (var p in persons.Where(p => p.Father is not null))
        {
            parent[Find(p.Father!)] = Find(p.Id);
            parent[Find(p.Mother!)] = Find(p.Id);
        }

        var roots = persons.Select(p => Find(p.Id)).Distinct(StringComparer.Ordinal).ToList();
        return persons.ToDictionary(p => p.Id, p => roots.IndexOf(Find(p.Id)), StringComparer.Ordinal);
    }
}
