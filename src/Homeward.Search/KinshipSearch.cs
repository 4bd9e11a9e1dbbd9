using System.Numerics;
using Homeward.Kinship;

namespace Homeward.Search;

/// <summary>
/// Searches queries (found children) against every report of a <see cref="ReferenceIndex"/>: the
/// exact pedigree LR of each report with the query as its missing child, kept when ≥ the minimum,
/// best first. Queries are taken in chunks: each tile of reference codes is read once per chunk and
/// scored against every query of it while it sits in the L1 cache; tiles are shared out over the
/// cores. With θ > 0 every pair is computed by the kinship engine directly (exact, slower).
/// </summary>
public sealed class KinshipSearch
{
    private const int TilesPerTask = 128;
    private const int QueriesPerChunk = 16;
    private const int Tile = DonorColumns.Tile;
    private readonly ReferenceIndex _index;

    /// <summary>Creates a search over an index.</summary>
    public KinshipSearch(ReferenceIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        _index = index;
    }

    /// <summary>The largest number of threads a scan uses (default: all cores).</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Searches one query.</summary>
    public SearchResult Search(QueryProfile query, double minimumLr = 1, int top = 10) =>
        SearchMany([query], minimumLr, top)[0];

    /// <summary>Searches many queries; results in input order, each as <see cref="Search"/> would give it.</summary>
    public IReadOnlyList<SearchResult> SearchMany(IReadOnlyList<QueryProfile> queries, double minimumLr = 1, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        if (double.IsNaN(minimumLr) || minimumLr < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumLr), minimumLr, "the minimum LR must be ≥ 0");
        }

        var results = new SearchResult[queries.Count];
        for (var start = 0; start < queries.Count; start += QueriesPerChunk)
        {
            var chunk = queries.Skip(start).Take(QueriesPerChunk).ToArray();
            var chunkResults = _index.Settings.Theta > 0 ? chunk.Select(q => SearchWithEngine(q, minimumLr, top)).ToArray() : SearchChunk(chunk, minimumLr, top);
            chunkResults.CopyTo(results, start);
        }

        return results;
    }

    private SearchResult SearchWithEngine(QueryProfile query, double minimumLr, int top)
    {
        var best = new TopCandidates(top);
        var skipped = 0;
        foreach (var entry in _index.Complex)
        {
            if (entry.NeedsSex && query.Sex == Sex.Unknown)
            {
                skipped++;
                continue;
            }

            var lr = ExactScorer.Score(_index.Panel, _index.Settings, entry.Donors!, query);
            if (lr >= minimumLr)
            {
                best.Offer(lr, () => entry.Report, entry.Relatives);
            }
        }

        return new SearchResult(query.Id, best.Best(), skipped);
    }

    private SearchResult[] SearchChunk(QueryProfile[] chunk, double minimumLr, int top)
    {
        var tables = new QueryTables[chunk.Length];
        Parallel.For(0, chunk.Length, new ParallelOptions { MaxDegreeOfParallelism = MaxDegreeOfParallelism }, q => tables[q] = QueryTables.Build(_index, chunk[q]));
        var best = chunk.Select(_ => new TopCandidates(top)).ToArray();
        var skipped = new int[chunk.Length];
        foreach (var (role, column) in _index.Singles)
        {
            var scored = Enumerable.Range(0, chunk.Length).Where(q => tables[q].Singles.ContainsKey(role)).ToArray();
            foreach (var q in Enumerable.Range(0, chunk.Length).Except(scored))
            {
                skipped[q] += column.Count;
            }

            var bounds = scored.Select(q => tables[q].Bounds[role]).ToArray();
            var values = scored.Select(q => tables[q].Singles[role]).ToArray();
            var found = column switch
            {
                DonorColumn<byte> bytes => ScanScreened(bytes, bounds, values, minimumLr, top),
                DonorColumn<ushort> shorts => ScanScreened(shorts, bounds, values, minimumLr, top),
                _ => throw new InvalidOperationException("unknown column type"),
            };
            for (var k = 0; k < scored.Length; k++)
            {
                best[scored[k]].Merge(found[k]);
            }
        }

        if (_index.Trio.Count > 0)
        {
            var found = _index.Trio switch
            {
                DonorColumn<byte> bytes => ScanTrios(bytes, tables, minimumLr, top),
                DonorColumn<ushort> shorts => ScanTrios(shorts, tables, minimumLr, top),
                _ => throw new InvalidOperationException("unknown column type"),
            };
            for (var q = 0; q < chunk.Length; q++)
            {
                best[q].Merge(found[q]);
            }
        }

        for (var q = 0; q < chunk.Length; q++)
        {
            skipped[q] += ScoreComplex(chunk[q], tables[q], minimumLr, best[q]);
        }

        return [.. Enumerable.Range(0, chunk.Length).Select(q => new SearchResult(chunk[q].Id, best[q].Best(), skipped[q]))];
    }

    private int ScoreComplex(QueryProfile query, QueryTables tables, double minimumLr, TopCandidates best)
    {
        var skipped = 0;
        foreach (var entry in _index.Complex)
        {
            var vectors = entry.NeedsSex ? entry.Vectors[(int)query.Sex] : entry.Vectors[(int)Sex.Unknown];
            if (vectors is null)
            {
                skipped++;
                continue;
            }

            var lr = 1.0;
            for (var m = 0; m < vectors.Length; m++)
            {
                lr *= vectors[m][tables.Query[m]];
            }

            if (lr >= minimumLr)
            {
                best.Offer(lr, () => entry.Report, entry.Relatives);
            }
        }

        return skipped;
    }

    /// <summary>
    /// Single-donor columns: per tile and query, integer bound sums (upper bounds of the log10 LR);
    /// a donor whose bound cannot reach the current floor — the minimum LR or, once K candidates are
    /// held, the K-th best exact LR — is skipped; every other donor gets the exact double product,
    /// which alone decides.
    /// </summary>
    private TopCandidates[] ScanScreened<T>(DonorColumn<T> column, BoundTable[] bounds, double[][][] tables, double minimumLr, int top)
        where T : unmanaged, IBinaryInteger<T>
    {
        var codes = column.Codes(0);
        var markers = _index.Panel.Count;
        var partial = ForEachTileRange(column.TileCount, () => bounds.Select(b => new Pruner(top, minimumLr, b.Scale)).ToArray(), (tile, pruners) =>
        {
            Span<int> sums = stackalloc int[Tile];
            var tileBase = tile * markers * Tile;
            var first = tile * Tile;
            var count = Math.Min(Tile, column.Count - first);
            for (var q = 0; q < bounds.Length; q++)
            {
                var pruner = pruners[q];
                ScoreKernels.BoundSums(codes, tileBase, bounds[q], sums);
                for (var i = 0; i < count; i++)
                {
                    if (sums[i] >= pruner.MinimumSum)
                    {
                        var id = first + i;
                        pruner.Offer(ScoreKernels.ExactProduct(codes, tileBase, i, tables[q]), () => column.Ids[id], column.Relatives);
                    }
                }
            }
        });
        return Merge(partial, bounds.Length, top);
    }

    private TopCandidates[] ScanTrios<T>(DonorColumn<T> column, QueryTables[] tables, double minimumLr, int top)
        where T : unmanaged, IBinaryInteger<T>
    {
        var fathers = column.Codes(0);
        var mothers = column.Codes(1);
        var markers = _index.Panel.Count;
        var partial = ForEachTileRange(column.TileCount, () => tables.Select(t => new Pruner(top, minimumLr, t.TrioBounds!.Scale)).ToArray(), (tile, pruners) =>
        {
            Span<int> sums = stackalloc int[Tile];
            var tileBase = tile * markers * Tile;
            var first = tile * Tile;
            var count = Math.Min(Tile, column.Count - first);
            for (var q = 0; q < tables.Length; q++)
            {
                var pruner = pruners[q];
                ScoreKernels.TrioBoundSums(fathers, mothers, tileBase, tables[q].TrioBounds!, sums);
                for (var i = 0; i < count; i++)
                {
                    if (sums[i] >= pruner.MinimumSum)
                    {
                        var id = first + i;
                        pruner.Offer(ScoreKernels.ExactTrio(fathers, mothers, tileBase, i, tables[q].Trio!), () => column.Ids[id], column.Relatives);
                    }
                }
            }
        });
        return Merge(partial, tables.Length, top);
    }

    private static TopCandidates[] Merge(List<Pruner[]> partial, int queries, int top)
    {
        var results = new TopCandidates[queries];
        for (var q = 0; q < queries; q++)
        {
            results[q] = new TopCandidates(top);
            foreach (var local in partial)
            {
                results[q].Merge(local[q].Best);
            }
        }

        return results;
    }

    /// <summary>
    /// Runs <paramref name="scanTile"/> over all tiles, in ranges shared out over the cores. Each
    /// worker thread keeps one state across all the ranges it takes, so a top K's floor, once raised,
    /// keeps pruning for the rest of that thread's scan.
    /// </summary>
    private List<TState> ForEachTileRange<TState>(int tiles, Func<TState> createState, Action<int, TState> scanTile)
    {
        var tasks = Math.Max(1, (tiles + TilesPerTask - 1) / TilesPerTask);
        var states = new List<TState>();
        var gate = new Lock();
        Parallel.For(
            0,
            tasks,
            new ParallelOptions { MaxDegreeOfParallelism = MaxDegreeOfParallelism },
            createState,
            (task, _, state) =>
            {
                var end = Math.Min(tiles, (task + 1) * TilesPerTask);
                for (var tile = task * TilesPerTask; tile < end; tile++)
                {
                    scanTile(tile, state);
                }

                return state;
            },
            state =>
            {
                lock (gate)
                {
                    states.Add(state);
                }
            });
        return states;
    }
}
