using Homeward.Intel.Templates;

namespace Homeward.Intel;

/// <summary>The near-duplicate template clusters of a batch of analysed posts.</summary>
public sealed class TemplateIndex
{
    private readonly IReadOnlyList<PostAnalysis> _posts;
    private readonly int[] _clusterOf;
    private readonly List<int[]> _members;

    private TemplateIndex(IReadOnlyList<PostAnalysis> posts, int[] clusterOf)
    {
        _posts = posts;
        _clusterOf = clusterOf;
        var count = clusterOf.Length == 0 ? 0 : clusterOf.Max() + 1;
        var lists = Enumerable.Range(0, count).Select(_ => new List<int>()).ToList();
        for (var i = 0; i < clusterOf.Length; i++)
        {
            if (clusterOf[i] >= 0)
            {
                lists[clusterOf[i]].Add(i);
            }
        }

        _members = lists.Select(l => l.ToArray()).ToList();
    }

    /// <summary>Clusters the posts by MinHash-LSH over character 3-grams of their masked texts.</summary>
    public static TemplateIndex Build(IReadOnlyList<PostAnalysis> posts)
    {
        ArgumentNullException.ThrowIfNull(posts);
        var texts = posts.Select(p => p.MaskedText).ToList();
        return new TemplateIndex(posts, new TemplateClusterer().Cluster(texts));
    }

    /// <summary>How many clusters of two or more posts.</summary>
    public int Count => _members.Count;

    /// <summary>The cluster id of post <paramref name="index"/> ("c1", "c2"…, numbered by first member), or null when alone.</summary>
    public string? ClusterId(int index) => _clusterOf[index] < 0 ? null : Name(_clusterOf[index]);

    /// <summary>The cluster index of post <paramref name="index"/>, or -1.</summary>
    public int ClusterIndex(int index) => _clusterOf[index];

    /// <summary>The name of cluster <paramref name="cluster"/>.</summary>
    public static string Name(int cluster) => "c" + (cluster + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The indices of the posts of cluster <paramref name="cluster"/>.</summary>
    public IReadOnlyList<int> Members(int cluster) => _members[cluster];

    /// <summary>The template of cluster <paramref name="cluster"/>, from up to eight of its posts.</summary>
    public Template TemplateOf(int cluster) => TemplateBuilder.Build(_members[cluster].Select(i => _posts[i].MaskedText).ToList());
}
