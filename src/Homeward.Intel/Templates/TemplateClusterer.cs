namespace Homeward.Intel.Templates;

/// <summary>
/// Near-duplicate clusters by MinHash-LSH over character n-grams of the masked texts: signatures of
/// <c>bands × rows</c> values; two texts sharing all the values of one band are candidates, joined when
/// their estimated Jaccard similarity is at least <see cref="Threshold"/> (checked against the band's
/// first member, which keeps chains of weak links from growing one cluster out of many).
/// </summary>
internal sealed class TemplateClusterer
{
    private readonly MinHasher _hasher;

    public TemplateClusterer(int bands = 16, int rows = 4, int ngram = 3, double threshold = 0.6)
    {
        Bands = bands;
        Rows = rows;
        Threshold = threshold;
        _hasher = new MinHasher(bands * rows, ngram);
    }

    public int Bands { get; }

    public int Rows { get; }

    public double Threshold { get; }

    /// <summary>The cluster index of every text (clusters numbered by first member); singletons get -1.</summary>
    public int[] Cluster(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var k = _hasher.Hashes;
        var signatures = new uint[texts.Count * k];
        Parallel.For(0, texts.Count, i => _hasher.Signature(texts[i], signatures.AsSpan(i * k, k)));

        var union = new UnionFind(texts.Count);
        var buckets = new Dictionary<ulong, int>[Bands];
        for (var band = 0; band < Bands; band++)
        {
            buckets[band] = new Dictionary<ulong, int>(texts.Count);
        }

        var keys = new ulong[texts.Count * Bands];
        Parallel.For(0, texts.Count, i =>
        {
            for (var band = 0; band < Bands; band++)
            {
                keys[(i * Bands) + band] = BandKey(signatures.AsSpan((i * k) + (band * Rows), Rows), band);
            }
        });

        for (var i = 0; i < texts.Count; i++)
        {
            var sig = signatures.AsSpan(i * k, k);
            for (var band = 0; band < Bands; band++)
            {
                var key = keys[(i * Bands) + band];
                if (buckets[band].TryGetValue(key, out var first))
                {
                    if (union.Find(first) != union.Find(i) && MinHasher.Similarity(sig, signatures.AsSpan(first * k, k)) >= Threshold)
                    {
                        union.Union(first, i);
                    }
                }
                else
                {
                    buckets[band][key] = i;
                }
            }
        }

        var result = new int[texts.Count];
        var next = 0;
        foreach (var members in union.Components())
        {
            var id = members.Length > 1 ? next++ : -1;
            foreach (var m in members)
            {
                result[m] = id;
            }
        }

        return result;
    }

    private static ulong BandKey(ReadOnlySpan<uint> values, int band)
    {
        var h = (ulong)band * 0x9E3779B97F4A7C15UL;
        foreach (var v in values)
        {
            h = MinHasher.Mix(h ^ v);
        }

        return h;
    }
}
