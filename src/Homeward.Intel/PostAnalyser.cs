using Homeward.Intel.Entities;
using Homeward.Intel.Places;
using Homeward.Intel.Posts;
using Homeward.Intel.Scoring;
using Homeward.Intel.Templates;
using Homeward.Intel.Text;

namespace Homeward.Intel;

/// <summary>
/// Normalises a post, extracts its entities, finds its indicators and scores it. Thread-safe: one
/// analyser may serve parallel workers.
/// </summary>
public sealed class PostAnalyser
{
    private readonly EntityExtractor _extractor;

    /// <summary>An analyser with the given vocabulary (the shipped one by default).</summary>
    public PostAnalyser(Vocabulary? vocabulary = null)
    {
        Vocabulary = vocabulary ?? Vocabulary.Default;
        _extractor = new EntityExtractor(Gazetteer.Default);
    }

    /// <summary>The vocabulary and weights in use.</summary>
    public Vocabulary Vocabulary { get; }

    /// <summary>Analyses one post.</summary>
    public PostAnalysis Analyse(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var normalised = TextNormaliser.Normalise(post.Text);
        var entities = _extractor.Extract(normalised);
        var hits = PostScorer.Indicators(normalised, entities, Vocabulary);
        var (score, contributions) = PostScorer.Score(hits, Vocabulary);
        var masked = EntityMasker.Mask(normalised.Text, entities);
        return new PostAnalysis(post, score, score >= Vocabulary.Threshold, hits, contributions, entities, masked);
    }
}
