using Homeward.Intel.Entities;
using Homeward.Intel.Posts;

namespace Homeward.Intel.Evaluation;

/// <summary>A post with its truth: its label, whether it should be flagged, the entities it holds and,
/// for generated posts, the ring it belongs to.</summary>
/// <param name="Post">The post.</param>
/// <param name="Label">sell, buy, adoption, welfare or news (the corpus); offer or not-offer (analysts' labels).</param>
/// <param name="Expected">The entities a correct extractor finds (type and normalised value).</param>
/// <param name="Ring">The ring of a generated post, or null.</param>
public sealed record LabelledPost(Post Post, string Label, IReadOnlyList<(EntityType Type, string Value)> Expected, string? Ring = null)
{
    /// <summary>Labels that should be flagged: offers to sell and requests to buy a child outside the law
    /// (an analyst's "offer" covers both).</summary>
    public bool ShouldFlag => Label is "sell" or "buy" or "offer";
}
