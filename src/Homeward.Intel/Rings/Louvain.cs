namespace Homeward.Intel.Rings;

/// <summary>
/// Louvain community detection (Blondel et al. 2008) on an undirected weighted graph: local moving of
/// nodes to the neighbouring community of best modularity gain, then aggregation of communities into
/// nodes, repeated while modularity improves. Deterministic: nodes are visited in index order.
/// </summary>
internal static class Louvain
{
    /// <summary>The community of every node (0-based, dense).</summary>
    /// <param name="nodeCount">Number of nodes.</param>
    /// <param name="edges">Undirected edges (a, b, weight), each listed once; a = b is a self-loop.</param>
    public static int[] Communities(int nodeCount, IReadOnlyList<(int A, int B, double W)> edges)
    {
        var membership = Enumerable.Range(0, nodeCount).ToArray();
        var n = nodeCount;
        var currentEdges = edges;
        while (true)
        {
            var adjacency = BuildAdjacency(n, currentEdges, out var degree, out var total);
            if (total <= 0)
            {
                break;
            }

            var community = LocalMoving(n, adjacency, degree, total, out var moved);
            if (!moved)
            {
                break;
            }

            var (dense, count) = Densify(community);
            for (var i = 0; i < membership.Length; i++)
            {
                membership[i] = dense[membership[i]];
            }

            var aggregated = new Dictionary<(int, int), double>();
            foreach (var (a, b, w) in currentEdges)
            {
                var ca = dense[a];
                var cb = dense[b];
                var key = ca < cb ? (ca, cb) : (cb, ca);
                aggregated[key] = aggregated.GetValueOrDefault(key) + w;
            }

            currentEdges = aggregated.Select(kv => (kv.Key.Item1, kv.Key.Item2, kv.Value)).ToList();
            if (count == n)
            {
                break;
            }

            n = count;
        }

        return Densify(membership).Dense;
    }

    private static int[] LocalMoving(int n, List<(int To, double W)>[] adjacency, double[] degree, double total, out bool movedAny)
    {
        var community = Enumerable.Range(0, n).ToArray();
        var communityDegree = (double[])degree.Clone();
        var m2 = 2 * total;
        movedAny = false;
        var weightTo = new Dictionary<int, double>();
        bool improved;
        var rounds = 0;
        do
        {
            improved = false;
            for (var node = 0; node < n; node++)
            {
                var own = community[node];
                weightTo.Clear();
                foreach (var (to, w) in adjacency[node])
                {
                    weightTo[community[to]] = weightTo.GetValueOrDefault(community[to]) + w;
                }

                communityDegree[own] -= degree[node];
                var best = own;
                var bestGain = weightTo.GetValueOrDefault(own) - (communityDegree[own] * degree[node] / m2);
                foreach (var (c, w) in weightTo)
                {
                    var gain = w - (communityDegree[c] * degree[node] / m2);
                    if (gain > bestGain + 1e-12)
                    {
                        best = c;
                        bestGain = gain;
                    }
                }

                communityDegree[best] += degree[node];
                if (best != own)
                {
                    community[node] = best;
                    improved = true;
                    movedAny = true;
                }
            }
        }
        while (improved && ++rounds < 50);

        return community;
    }

    private static List<(int To, double W)>[] BuildAdjacency(int n, IReadOnlyList<(int A, int B, double W)> edges, out double[] degree, out double total)
    {
        var adjacency = new List<(int, double)>[n];
        for (var i = 0; i < n; i++)
        {
            adjacency[i] = [];
        }

        degree = new double[n];
        total = 0;
        foreach (var (a, b, w) in edges)
        {
            total += w;
            if (a == b)
            {
                degree[a] += 2 * w; // a community aggregated into one node: its inner weight, constant under moves
                continue;
            }

            adjacency[a].Add((b, w));
            adjacency[b].Add((a, w));
            degree[a] += w;
            degree[b] += w;
        }

        return adjacency;
    }

    private static (int[] Dense, int Count) Densify(int[] labels)
    {
        var map = new Dictionary<int, int>();
        var dense = new int[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            if (!map.TryGetValue(labels[i], out var d))
            {
                d = map.Count;
                map[labels[i]] = d;
            }

            dense[i] = d;
        }

        return (dense, map.Count);
    }
}
