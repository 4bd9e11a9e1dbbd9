namespace Homeward.Intel.Templates;

/// <summary>Disjoint sets over 0..n-1 with path halving and union by size.</summary>
internal sealed class UnionFind
{
    private readonly int[] _parent;
    private readonly int[] _size;

    public UnionFind(int count)
    {
        _parent = new int[count];
        _size = new int[count];
        for (var i = 0; i < count; i++)
        {
            _parent[i] = i;
            _size[i] = 1;
        }
    }

    public int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }

        return x;
    }

    public bool Union(int a, int b)
    {
        a = Find(a);
        b = Find(b);
        if (a == b)
        {
            return false;
        }

        if (_size[a] < _size[b])
        {
            (a, b) = (b, a);
        }

        _parent[b] = a;
        _size[a] += _size[b];
        return true;
    }

    /// <summary>The components as arrays of members in increasing order, ordered by their first member.</summary>
    public List<int[]> Components()
    {
        var byRoot = new Dictionary<int, List<int>>();
        var order = new List<List<int>>();
        for (var i = 0; i < _parent.Length; i++)
        {
            var root = Find(i);
            if (!byRoot.TryGetValue(root, out var members))
            {
                members = [];
                byRoot[root] = members;
                order.Add(members);
            }

            members.Add(i);
        }

        return order.Select(m => m.ToArray()).ToList();
    }
}
