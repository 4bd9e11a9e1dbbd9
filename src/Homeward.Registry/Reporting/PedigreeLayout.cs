using Homeward.Kinship;

namespace Homeward.Registry.Reporting;

/// <summary>
/// A pedigree placed on a grid for drawing: one row per generation (a founder who married in sits in
/// the generation of their partner), partners side by side, children ordered under their parents.
/// Pure geometry in slot units; <see cref="PedigreeSvg"/> draws it.
/// </summary>
public sealed class PedigreeLayout
{
    private PedigreeLayout(IReadOnlyList<PedigreeNode> nodes, IReadOnlyList<PedigreeFamily> families)
    {
        Nodes = nodes;
        Families = families;
        Generations = nodes.Count == 0 ? 0 : nodes.Max(n => n.Generation) + 1;
        Width = nodes.Count == 0 ? 0 : nodes.Max(n => n.Slot) + 1;
    }

    /// <summary>The persons, in pedigree order.</summary>
    public IReadOnlyList<PedigreeNode> Nodes { get; }

    /// <summary>The couples with their children.</summary>
    public IReadOnlyList<PedigreeFamily> Families { get; }

    /// <summary>The number of generations (rows).</summary>
    public int Generations { get; }

    /// <summary>The width in slots (the widest row).</summary>
    public double Width { get; }

    /// <summary>
    /// Lays out a pedigree. <paramref name="label"/> names each person (by index); <paramref name="typed"/>
    /// marks the persons with a DNA profile; <paramref name="missingChild"/> is highlighted.
    /// </summary>
    public static PedigreeLayout Create(Pedigree pedigree, Func<int, string> label, Func<int, bool> typed, int missingChild)
    {
        ArgumentNullException.ThrowIfNull(pedigree);
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(typed);
        var families = FindFamilies(pedigree);
        var generation = AssignGenerations(pedigree, families);
        var slot = new double[pedigree.Count];
        var rows = new List<List<int>>();
        for (var g = 0; g <= generation.DefaultIfEmpty(-1).Max(); g++)
        {
            rows.Add(Row(pedigree, families, generation, slot, g));
            for (var i = 0; i < rows[g].Count; i++)
            {
                slot[rows[g][i]] = i;
            }
        }

        var widest = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        foreach (var row in rows)
        {
            var offset = (widest - row.Count) / 2.0;
            foreach (var person in row)
            {
                slot[person] += offset;
            }
        }

        var nodes = Enumerable.Range(0, pedigree.Count)
            .Select(i => new PedigreeNode(i, pedigree.Persons[i].Id, label(i), pedigree.Persons[i].Sex, generation[i], slot[i], typed(i), i == missingChild))
            .ToArray();
        return new PedigreeLayout(nodes, families);
    }

    private static List<PedigreeFamily> FindFamilies(Pedigree pedigree)
    {
        var families = new List<PedigreeFamily>();
        for (var i = 0; i < pedigree.Count; i++)
        {
            var (father, mother) = (pedigree.Fathers[i], pedigree.Mothers[i]);
            if (father < 0)
            {
                continue;
            }

            var index = families.FindIndex(f => f.Father == father && f.Mother == mother);
            if (index < 0)
            {
                families.Add(new PedigreeFamily(father, mother, [i]));
            }
            else
            {
                families[index] = families[index] with { Children = [.. families[index].Children, i] };
            }
        }

        return families;
    }

    /// <summary>Children one row below their lower parent; a founder who married in is lifted to the partner's row.</summary>
    private static int[] AssignGenerations(Pedigree pedigree, List<PedigreeFamily> families)
    {
        var generation = new int[pedigree.Count];
        for (var round = 0; round <= pedigree.Count; round++)
        {
            var changed = false;
            for (var i = 0; i < pedigree.Count; i++)
            {
                if (pedigree.Fathers[i] >= 0)
                {
                    changed |= Raise(generation, i, Math.Max(generation[pedigree.Fathers[i]], generation[pedigree.Mothers[i]]) + 1);
                }
            }

            foreach (var family in families)
            {
                changed |= pedigree.Fathers[family.Father] < 0 && Raise(generation, family.Father, generation[family.Mother]);
                changed |= pedigree.Fathers[family.Mother] < 0 && Raise(generation, family.Mother, generation[family.Father]);
            }

            if (!changed)
            {
                break;
            }
        }

        return generation;
    }

    private static bool Raise(int[] generation, int person, int to)
    {
        if (generation[person] >= to)
        {
            return false;
        }

        generation[person] = to;
        return true;
    }

    /// <summary>
    /// One row: persons with parents by the middle of their parents, each followed by the partners who
    /// married in; then the couples of founders; then anyone left.
    /// </summary>
    private static List<int> Row(Pedigree pedigree, List<PedigreeFamily> families, int[] generation, double[] slot, int g)
    {
        var row = new List<int>();
        void Place(int person)
        {
            if (generation[person] == g && !row.Contains(person))
            {
                row.Add(person);
            }
        }

        void PlacePartners(int person)
        {
            foreach (var family in families.Where(f => f.Father == person || f.Mother == person))
            {
                var partner = family.Father == person ? family.Mother : family.Father;
                if (pedigree.Fathers[partner] < 0)
                {
                    Place(partner);
                }
            }
        }

        var withParents = Enumerable.Range(0, pedigree.Count)
            .Where(i => generation[i] == g && pedigree.Fathers[i] >= 0)
            .OrderBy(i => (slot[pedigree.Fathers[i]] + slot[pedigree.Mothers[i]]) / 2)
            .ThenBy(i => i);
        foreach (var person in withParents)
        {
            Place(person);
            PlacePartners(person);
        }

        foreach (var family in families.OrderBy(f => f.Children.Min()))
        {
            Place(family.Father);
            Place(family.Mother);
        }

        for (var i = 0; i < pedigree.Count; i++)
        {
            Place(i);
        }

        return row;
    }
}
