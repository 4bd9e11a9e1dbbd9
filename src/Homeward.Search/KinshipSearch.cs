using Homeward.Kinship;

namespace Homeward.Search;

/// <summary>
/// Searches a query (a found child) against every report of a <see cref="ReferenceIndex"/>: the
/// exact pedigree LR of each report with the query as its missing child, kept when ≥ the minimum,
/// best first. With θ > 0 every pair is computed by the kinship engine directly (exact, slower).
/// </summary>
public sealed class KinshipSearch
{
    private const int Block = 1024;
    private readonly ReferenceIndex _index;

    /// <summary>Creates a search over an index.</summary>
    public KinshipSearch(ReferenceIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        _index = index;
    }

    /// <summary>Searches one query.</summary>
    public SearchResult Search(QueryProfile query, double minimumLr = 1, int top = 10)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        var hits = new List<(int Report, double Lr)>();
        var skipped = 0;
        if (_index.Settings.Theta > 0)
        {
            foreach (var entry in _index.Complex)
            {
                var report = _index.Reports[entry.Report];
                if (report.HasChildOfMissingPerson && query.Sex == Sex.Unknown)
                {
                    skipped++;
                    continue;
                }

                var lr = ExactScorer.Score(_index.Panel, _index.Settings, report.Donors, query);
                if (lr >= minimumLr)
                {
                    hits.Add((entry.Report, lr));
                }
            }

            return Finish(query, hits, top, skipped);
        }

        var tables = QueryTables.Build(_index, query);
        var scores = new double[Block];
        foreach (var column in _index.Singles.Values)
        {
            if (!tables.Singles.TryGetValue(column.Role, out var roleTables))
            {
                skipped += column.Reports.Length;
                continue;
            }

            ScanSingles(column, roleTables, scores, minimumLr, hits);
        }

        if (tables.Trio is { } trio)
        {
            ScanTrios(_index.Trio, trio, scores, minimumLr, hits);
        }

        var sexIndex = (int)query.Sex;
        foreach (var entry in _index.Complex)
        {
            var vectors = entry.Vectors[(int)Sex.Unknown] ?? entry.Vectors[sexIndex];
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
                hits.Add((entry.Report, lr));
            }
        }

        return Finish(query, hits, top, skipped);
    }

    private static void ScanSingles(ReferenceIndex.SingleColumn column, double[][] tables, double[] scores, double minimumLr, List<(int, double)> hits)
    {
        var count = column.Reports.Length;
        for (var start = 0; start < count; start += Block)
        {
            var length = Math.Min(Block, count - start);
            var block = scores.AsSpan(0, length);
            ScoreKernels.ProductOfLookups(column.Genotypes, count, start, tables, block);
            for (var i = 0; i < length; i++)
            {
                if (block[i] >= minimumLr)
                {
                    hits.Add((column.Reports[start + i], block[i]));
                }
            }
        }
    }

    private static void ScanTrios(ReferenceIndex.TrioColumn column, QueryTables.TrioTables tables, double[] scores, double minimumLr, List<(int, double)> hits)
    {
        var count = column.Reports.Length;
        for (var start = 0; start < count; start += Block)
        {
            var length = Math.Min(Block, count - start);
            var block = scores.AsSpan(0, length);
            block.Fill(1.0);
            for (var m = 0; m < tables.FatherX.Length; m++)
            {
                var fathers = column.Fathers.AsSpan((m * count) + start, length);
                var mothers = column.Mothers.AsSpan((m * count) + start, length);
                double[] fx = tables.FatherX[m], fy = tables.FatherY[m], mx = tables.MotherX[m], my = tables.MotherY[m];
                for (var i = 0; i < length; i++)
                {
                    int f = fathers[i], mo = mothers[i];
                    block[i] *= (fx[f] * my[mo]) + (fy[f] * mx[mo]);
                }
            }

            for (var i = 0; i < length; i++)
            {
                if (block[i] >= minimumLr)
                {
                    hits.Add((column.Reports[start + i], block[i]));
                }
            }
        }
    }

    private SearchResult Finish(QueryProfile query, List<(int Report, double Lr)> hits, int top, int skipped)
    {
        var candidates = hits
            .OrderByDescending(h => h.Lr)
            .ThenBy(h => _index.Reports[h.Report].Id, StringComparer.Ordinal)
            .Take(top)
            .Select(h => new Candidate(_index.Reports[h.Report].Id, h.Lr, _index.Reports[h.Report].Relatives))
            .ToList();
        return new SearchResult(query.Id, candidates, skipped);
    }
}
