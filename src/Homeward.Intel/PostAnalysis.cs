using Homeward.Intel.Entities;
using Homeward.Intel.Posts;
using Homeward.Intel.Scoring;

namespace Homeward.Intel;

/// <summary>What the analysis found in one post: its entities, its indicators with their spans, and the
/// explainable score with each group's contribution.</summary>
public sealed class PostAnalysis
{
    internal PostAnalysis(Post post, double score, bool flagged, IReadOnlyList<IndicatorHit> indicators,
        IReadOnlyList<GroupContribution> contributions, IReadOnlyList<Entity> entities, string maskedText)
    {
        Post = post;
        Score = score;
        Flagged = flagged;
        Indicators = indicators;
        Contributions = contributions;
        Entities = entities;
        MaskedText = maskedText;
    }

    /// <summary>The post analysed.</summary>
    public Post Post { get; }

    /// <summary>The score, between 0 and 1.</summary>
    public double Score { get; }

    /// <summary>Whether the score reached the threshold.</summary>
    public bool Flagged { get; }

    /// <summary>The indicator hits, in order of position in the original text.</summary>
    public IReadOnlyList<IndicatorHit> Indicators { get; }

    /// <summary>Each group's contribution to the log-odds.</summary>
    public IReadOnlyList<GroupContribution> Contributions { get; }

    /// <summary>The entities, in order of position in the original text.</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>The normalised text with entities replaced by type tokens and digits by '0' (for templates).</summary>
    internal string MaskedText { get; }
}
