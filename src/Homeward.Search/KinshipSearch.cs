using Homeward.Kinship;

namespace Homeward.Search;

/// <summary>
/// Searches a query (a found child) against every report of a <see cref="ReferenceIndex"/>: the
/// exact pedigree LR of each report with the query as its missing child, kept when ≥ the minimum,
/// best first. Columns are scanned tile by tile in parallel; with θ > 0 every pair is computed by the
/// kinship engine directly (exact, slower).
/// </summary>
public sealed class KinshipSearch
{
    private const int TilesPerTask = 256;
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
    public SearchResult Search(QueryProfile query, double minimumLr = 1, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        var best = new TopCandidates(top);
        var skipped = 0;
        if (_index.Settings.Theta > 0)
        {
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

        var tables = QueryTables.Build(_index, query);
        foreach (var (role, column) in _index.Singles)
        {
            if (tables.Singles.TryGetValue(role, out var roleTables))
            {
                best.Merge(ScanScreened(column, tables.LogSingles[role], roleTables, minimumLr, top));
            }
            else
            {
                skipped += column.Count;
            }
        }

        if (tables.Trio is { } trio)
        {
            best.Merge(Scan(_index.Trio, (codes, tileBase, scores) => ScoreKernels.TrioProduct(codes[0], codes[1], tileBase, trio, scores), minimumLr, top));
        }

        var sexIndex = (int)query.Sex;
        foreach (var entry in _index.Complex)
        {
            var vectors = entry.NeedsSex ? entry.Vectors[sexIndex] : entry.Vectors[(int)Sex.Unknown];
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

        return new SearchResult(query.Id, best.Best(), skipped);
    }

    /// <summary>
    /// Single-donor columns: a float32 log-sum screen over each tile keeps the band of donors that
    /// could be in the exact top K (see <see cref="ScreenedCollector"/>); only they get the exact
    /// double product, which alone decides.
    /// </summary>
    private TopCandidates ScanScreened(DonorColumn column, float[][] logTables, double[][] tables, double minimumLr, int top)
    {
        var codes = column.Codes(0);
        var logMinimum = minimumLr > 0 ? (float)Math.Log10(minimumLr) : float.NegativeInfinity;
        var tiles = column.TileCount;
        var tasks = (tiles + TilesPerTask - 1) / TilesPerTask;
        var collectors = new ScreenedCollector[Math.Max(tasks, 1)];
        var markers = _index.Panel.Count;
        Parallel.For(0, tasks, new ParallelOptions { MaxDegreeOfParallelism = MaxDegreeOfParallelism }, task =>
        {
            var collector = new ScreenedCollector(top, logMinimum);
            Span<float> sums = stackalloc float[DonorColumn.Tile];
            var end = Math.Min(tiles, (task + 1) * TilesPerTask);
            for (var tile = task * TilesPerTask; tile < end; tile++)
            {
                ScoreKernels.SumOfLogLookups(codes, DonorColumn.Tile, tile * markers * DonorColumn.Tile, logTables, sums);
                var first = tile * DonorColumn.Tile;
                var count = Math.Min(DonorColumn.Tile, column.Count - first);
                var threshold = collector.Threshold;
                for (var i = 0; i < count; i++)
                {
                    if (sums[i] >= threshold)
                    {
                        collector.Offer(sums[i], first + i);
                        threshold = collector.Threshold;
                    }
                }
            }

            collectors[task] = collector;
        });
        var best = new TopCandidates(top);
        foreach (var collector in collectors)
        {
            foreach (var (_, id) in collector?.Band ?? [])
            {
                var tile = id / DonorColumn.Tile;
                var lr = ScoreKernels.ExactProduct(codes, tile * markers * DonorColumn.Tile, id % DonorColumn.Tile, DonorColumn.Tile, tables);
                if (lr >= minimumLr)
                {
                    best.Offer(lr, () => column.Ids[id], column.Relatives);
                }
            }
        }

        return best;
    }

    private TopCandidates ForEachTile(DonorColumn column, int top, Action<int, TopCandidates> scanTile)
    {
        var tiles = column.TileCount;
        var tasks = (tiles + TilesPerTask - 1) / TilesPerTask;
        var partial = new TopCandidates[Math.Max(tasks, 1)];
        Parallel.For(0, tasks, new ParallelOptions { MaxDegreeOfParallelism = MaxDegreeOfParallelism }, task =>
        {
            var found = new TopCandidates(top);
            var end = Math.Min(tiles, (task + 1) * TilesPerTask);
            for (var tile = task * TilesPerTask; tile < end; tile++)
            {
                scanTile(tile, found);
            }

            partial[task] = found;
        });
        var merged = new TopCandidates(top);
        foreach (var p in partial)
        {
            if (p is not null)
            {
                merged.Merge(p);
            }
        }

        return merged;
    }

    private TopCandidates Scan(DonorColumn column, TileScorer score, double minimumLr, int top)
    {
        var codes = Enumerable.Range(0, column.Relatives.Count).Select(column.Codes).ToArray();
        return ForEachTile(column, top, (tile, found) =>
        {
            Span<double> scores = stackalloc double[DonorColumn.Tile];
            var tileBase = tile * _index.Panel.Count * DonorColumn.Tile;
            score(codes, tileBase, scores);
            var first = tile * DonorColumn.Tile;
            var count = Math.Min(DonorColumn.Tile, column.Count - first);
            for (var i = 0; i < count; i++)
            {
                if (scores[i] >= minimumLr)
                {
                    var id = first + i;
                    found.Offer(scores[i], () => column.Ids[id], column.Relatives);
                }
            }
        });
    }

    private delegate void TileScorer(ushort[][] codes, int tileBase, Span<double> scores);
}
