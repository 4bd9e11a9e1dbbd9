using Homeward.Intel.Posts;

namespace Homeward.Data.Intel;

/// <summary>One post with its analysis as stored: indicators, entities, labels (newest first) and the other
/// posts of its near-duplicate cluster.</summary>
public sealed record IntelPostView(IntelPostSummary Summary, Post Post, string? Url, string? Evidence,
    IReadOnlyList<IntelSpan> Indicators, IReadOnlyList<IntelSpan> Entities, IReadOnlyList<IntelLabel> Labels,
    IReadOnlyList<IntelPostSummary> ClusterPosts);
