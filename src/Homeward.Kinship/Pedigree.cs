using System.Collections.Immutable;

namespace Homeward.Kinship;

/// <summary>
/// A validated pedigree without loops: every non-founder has a male father and a female mother in
/// the pedigree, nobody is their own ancestor, and no two lines of descent meet again (no marriage
/// loops), so that the likelihood can be computed exactly by peeling.
/// </summary>
public sealed class Pedigree
{
    private readonly Dictionary<string, int> _index;

    private Pedigree(ImmutableArray<PersonSpec> persons, ImmutableArray<int> fathers, ImmutableArray<int> mothers)
    {
        Persons = persons;
        Fathers = fathers;
        Mothers = mothers;
        _index = new Dictionary<string, int>(persons.Length, StringComparer.Ordinal);
        for (var i = 0; i < persons.Length; i++)
        {
            _index.Add(persons[i].Id, i);
        }
    }

    /// <summary>The persons in declaration order.</summary>
    public ImmutableArray<PersonSpec> Persons { get; }

    /// <summary>The father's index of each person, or -1 for founders.</summary>
    public ImmutableArray<int> Fathers { get; }

    /// <summary>The mother's index of each person, or -1 for founders.</summary>
    public ImmutableArray<int> Mothers { get; }

    /// <summary>The number of persons.</summary>
    public int Count => Persons.Length;

    /// <summary>The index of a person, or -1.</summary>
    public int IndexOf(string id) => _index.TryGetValue(id, out var i) ? i : -1;

    /// <summary>A pedigree of the given persons with no parent links: everybody unrelated.</summary>
    public static Pedigree Unrelated(IEnumerable<PersonSpec> persons)
    {
        ArgumentNullException.ThrowIfNull(persons);
        var list = persons.Select(p => p with { Father = null, Mother = null }).ToList();
        return Create(list, "H2").Value;
    }

    /// <summary>
    /// Validates and builds a pedigree. <paramref name="place"/> prefixes every error (for example
    /// <c>case.json: hypotheses.H1</c>).
    /// </summary>
    public static Result<Pedigree> Create(IReadOnlyList<PersonSpec> persons, string place)
    {
        ArgumentNullException.ThrowIfNull(persons);
        var errors = new List<InputError>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < persons.Count; i++)
        {
            var id = persons[i].Id;
            if (string.IsNullOrWhiteSpace(id))
            {
                errors.Add(new InputError($"{place}[{i}]", "a person needs a non-empty id"));
            }
            else if (!index.TryAdd(id, i))
            {
                errors.Add(new InputError($"{place}[{i}]", $"person '{id}' is declared twice"));
            }
        }

        if (persons.Count == 0)
        {
            errors.Add(new InputError(place, "the pedigree has no persons"));
        }

        var fathers = new int[persons.Count];
        var mothers = new int[persons.Count];
        for (var i = 0; i < persons.Count; i++)
        {
            var p = persons[i];
            fathers[i] = ResolveParent(p, p.Father, "father", Sex.Male, index, persons, place, errors);
            mothers[i] = ResolveParent(p, p.Mother, "mother", Sex.Female, index, persons, place, errors);
            if ((p.Father is null) != (p.Mother is null))
            {
                errors.Add(new InputError($"{place}: person '{p.Id}'", $"has a {(p.Father is null ? "mother" : "father")} but no {(p.Father is null ? "father" : "mother")}; give both parents or neither (add an untyped person for the missing one)"));
            }
        }

        if (errors.Count == 0)
        {
            CheckCycles(persons, fathers, mothers, place, errors);
        }

        if (errors.Count == 0)
        {
            CheckLoops(persons, fathers, mothers, place, errors);
        }

        return errors.Count > 0
            ? Result<Pedigree>.Failure(errors)
            : new Pedigree([.. persons], [.. fathers], [.. mothers]);
    }

    private static int ResolveParent(
        PersonSpec person, string? parentId, string role, Sex required,
        Dictionary<string, int> index, IReadOnlyList<PersonSpec> persons, string place, List<InputError> errors)
    {
        if (parentId is null)
        {
            return -1;
        }

        var where = $"{place}: person '{person.Id}'";
        if (!index.TryGetValue(parentId, out var parent))
        {
            errors.Add(new InputError(where, $"{role} '{parentId}' is not a person of this pedigree"));
            return -1;
        }

        if (string.Equals(parentId, person.Id, StringComparison.Ordinal))
        {
            errors.Add(new InputError(where, $"is declared as their own {role}"));
            return -1;
        }

        if (persons[parent].Sex != required)
        {
            errors.Add(new InputError(where, $"{role} '{parentId}' has sex {persons[parent].Sex}; a {role} must be {required}"));
        }

        return parent;
    }

    private static void CheckCycles(IReadOnlyList<PersonSpec> persons, int[] fathers, int[] mothers, string place, List<InputError> errors)
    {
        // 0 = unvisited, 1 = on the current path, 2 = done.
        var state = new byte[persons.Count];
        for (var start = 0; start < persons.Count; start++)
        {
            if (state[start] != 0)
            {
                continue;
            }

            var stack = new Stack<(int Person, int Next)>();
            stack.Push((start, 0));
            state[start] = 1;
            while (stack.Count > 0)
            {
                var (person, next) = stack.Pop();
                if (next < 2)
                {
                    stack.Push((person, next + 1));
                    var parent = next == 0 ? fathers[person] : mothers[person];
                    if (parent < 0)
                    {
                        continue;
                    }

                    if (state[parent] == 1)
                    {
                        errors.Add(new InputError($"{place}: person '{persons[parent].Id}'", "is their own ancestor (the parent links form a cycle)"));
                        return;
                    }

                    if (state[parent] == 0)
                    {
                        state[parent] = 1;
                        stack.Push((parent, 0));
                    }
                }
                else
                {
                    state[person] = 2;
                }
            }
        }
    }

    private static void CheckLoops(IReadOnlyList<PersonSpec> persons, int[] fathers, int[] mothers, string place, List<InputError> errors)
    {
        // The graph of persons and nuclear families (one node per father-mother pair) must be a forest.
        var disjoint = new int[persons.Count];
        for (var i = 0; i < disjoint.Length; i++)
        {
            disjoint[i] = i;
        }

        int Find(int x)
        {
            while (disjoint[x] != x)
            {
                disjoint[x] = disjoint[disjoint[x]];
                x = disjoint[x];
            }

            return x;
        }

        var familyAnchor = new Dictionary<(int, int), int>();
        for (var i = 0; i < persons.Count; i++)
        {
            if (fathers[i] < 0)
            {
                continue;
            }

            var key = (fathers[i], mothers[i]);
            var edges = new List<int>();
            if (!familyAnchor.TryGetValue(key, out var anchor))
            {
                // A new family joins father and mother: one edge.
                familyAnchor.Add(key, fathers[i]);
                edges.Add(mothers[i]);
                anchor = fathers[i];
            }

            edges.Add(i);
            foreach (var other in edges)
            {
                var a = Find(anchor);
                var b = Find(other);
                if (a == b)
                {
                    errors.Add(new InputError($"{place}: person '{persons[i].Id}'", "closes a loop in the pedigree (two lines of descent meet again, e.g. parents who are related); pedigrees with loops are not supported"));
                    return;
                }

                disjoint[a] = b;
            }
        }
    }
}
