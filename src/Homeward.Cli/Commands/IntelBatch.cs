using System.Globalization;
using System.Text;
using Homeward.Intel;
using Homeward.Intel.Evaluation;
using Homeward.Intel.Posts;
using Homeward.Intel.Rings;

namespace Homeward.Cli.Commands;

/// <summary>Batch steps shared by the intel commands.</summary>
internal static class IntelBatch
{
    public static PostAnalysis[] AnalyseAll(IReadOnlyList<Post> posts, PostAnalyser analyser)
    {
        var analyses = new PostAnalysis[posts.Count];
        Parallel.For(0, posts.Count, i => analyses[i] = analyser.Analyse(posts[i]));
        return analyses;
    }

    /// <summary>The template cluster id of each post ("c1", "c2"… in order of first member), null for a post alone.</summary>
    public static string?[] ClusterIds(IReadOnlyList<PostAnalysis> analyses)
    {
        var index = TemplateIndex.Build(analyses);
        return Enumerable.Range(0, analyses.Count).Select(index.ClusterId).ToArray();
    }

    public static string RingRecoveryText(IReadOnlyList<LabelledPost> truth, IReadOnlyList<PostAnalysis> analyses)
    {
        var ic = CultureInfo.InvariantCulture;
        var sb = new StringBuilder("ring recovery (true ring posts; a post in no ring counts as its own cluster):\n");
        var settings = new (string Name, RingOptions Options)[]
        {
            ("default (cap 100, Louvain above 100)", new RingOptions()),
            ("Louvain above 20 posts", new RingOptions(SplitAbove: 20)),
            ("components only (no Louvain)", new RingOptions(SplitAbove: int.MaxValue)),
            ("no degree cap, Louvain above 100", new RingOptions(DegreeCap: int.MaxValue)),
            ("no degree cap, no Louvain", new RingOptions(DegreeCap: int.MaxValue, SplitAbove: int.MaxValue)),
        };
        foreach (var (name, options) in settings)
        {
            var r = RingRecovery.Measure(truth, analyses, options);
            sb.Append(ic, $"  {name,-38} ARI {r.AdjustedRandIndex:0.000}  purity {r.Purity:0.000}  inverse purity {r.InversePurity:0.000}  ({r.TrueRings} true rings, {r.PredictedRings} predicted)\n");
        }

        return sb.ToString();
    }
}
