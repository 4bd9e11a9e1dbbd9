using Homeward.Intel;
using Homeward.Intel.Evaluation;
using Homeward.Intel.Posts;

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

    public static string RingRecoveryText(IReadOnlyList<LabelledPost> truth, IReadOnlyList<PostAnalysis> analyses) => "";
}
