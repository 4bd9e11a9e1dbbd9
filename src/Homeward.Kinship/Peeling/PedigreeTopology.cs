namespace Homeward.Kinship.Peeling;

/// <summary>
/// A loop-free pedigree as a tree of persons and nuclear families, for peeling.
/// </summary>
internal sealed class PedigreeTopology
{
    public PedigreeTopology(Pedigree pedigree)
    {
        Count = pedigree.Count;
        Father = [.. pedigree.Fathers];
        Mother = [.. pedigree.Mothers];
        var families = new List<Family>();
        var byParents = new Dictionary<(int, int), int>();
        var childrenOf = new List<List<int>>();
        ParentFamily = new int[Count];
        for (var i = 0; i < Count; i++)
        {
            ParentFamily[i] = -1;
            if (Father[i] < 0)
            {
                continue;
            }

            if (!byParents.TryGetValue((Father[i], Mother[i]), out var f))
            {
                f = childrenOf.Count;
                byParents.Add((Father[i], Mother[i]), f);
                childrenOf.Add([]);
                families.Add(new Family(Father[i], Mother[i], []));
            }

            childrenOf[f].Add(i);
            ParentFamily[i] = f;
        }

        Families = families.Select((fam, f) => fam with { Children = [.. childrenOf[f]] }).ToArray();
        var familiesOf = Enumerable.Range(0, Count).Select(_ => new List<int>()).ToArray();
        for (var f = 0; f < Families.Length; f++)
        {
            familiesOf[Families[f].Father].Add(f);
            familiesOf[Families[f].Mother].Add(f);
            foreach (var c in Families[f].Children)
            {
                familiesOf[c].Add(f);
            }
        }

        FamiliesOf = familiesOf.Select(l => l.ToArray()).ToArray();
    }

    public int Count { get; }

    public int[] Father { get; }

    public int[] Mother { get; }

    public Family[] Families { get; }

    /// <summary>For each person the families it belongs to, as parent or as child.</summary>
    public int[][] FamiliesOf { get; }

    /// <summary>The family in which each person is a child, or -1 for founders.</summary>
    public int[] ParentFamily { get; }

    public bool IsFounder(int person) => Father[person] < 0;

    /// <summary>
    /// Whether the part of the tree reached from <paramref name="person"/> without passing through
    /// <paramref name="excludedFamily"/> holds a typed person.
    /// </summary>
    public bool HasTypedBeyond(int person, int excludedFamily, int[] typed)
    {
        if (typed[person] >= 0)
        {
            return true;
        }

        foreach (var f in FamiliesOf[person])
        {
            if (f == excludedFamily)
            {
                continue;
            }

            var fam = Families[f];
            if ((fam.Father != person && HasTypedBeyond(fam.Father, f, typed))
                || (fam.Mother != person && HasTypedBeyond(fam.Mother, f, typed)))
            {
                return true;
            }

            foreach (var c in fam.Children)
            {
                if (c != person && HasTypedBeyond(c, f, typed))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A nuclear family: both parents and their children.</summary>
    public sealed record Family(int Father, int Mother, int[] Children);
}
