using Homeward.Intel.Entities;
using Homeward.Intel.Evaluation;

namespace Homeward.Intel.Tests;

public sealed class CorpusTests
{
    private static readonly string CorpusPath = Path.Combine(AppContext.BaseDirectory, "data", "intel", "corpus", "posts.jsonl");

    internal static List<LabelledPost> Shipped()
    {
        var posts = new List<LabelledPost>();
        foreach (var line in File.ReadLines(CorpusPath))
        {
            var (post, error) = CorpusReader.ParseLine(line);
            error.ShouldBeNull();
            if (post is not null)
            {
                posts.Add(post);
            }
        }

        return posts;
    }

    [Fact]
    public void The_shipped_corpus_covers_every_category_in_both_languages()
    {
        var posts = Shipped();
        posts.Count.ShouldBeGreaterThanOrEqualTo(60);
        posts.Select(p => p.Post.Id).Distinct().Count().ShouldBe(posts.Count);
        foreach (var label in new[] { "sell", "buy", "adoption", "welfare", "news" })
        {
            posts.ShouldContain(p => p.Label == label && p.Post.Id.StartsWith("zh-", StringComparison.Ordinal));
            posts.ShouldContain(p => p.Label == label && p.Post.Id.StartsWith("en-", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Flagging_and_entity_recall_on_the_shipped_corpus_hold_their_floor()
    {
        var report = Evaluator.Evaluate("shipped", Shipped(), new PostAnalyser());
        report.Precision.ShouldBeGreaterThanOrEqualTo(0.9);
        report.Recall.ShouldBeGreaterThanOrEqualTo(0.9);
        foreach (var type in Enum.GetValues<EntityType>())
        {
            if (report.EntityRecall(type) is { } recall)
            {
                recall.ShouldBeGreaterThanOrEqualTo(0.9, type.ToString());
            }
        }
    }

    [Fact]
    public void The_generator_is_deterministic_and_its_truth_is_consistent()
    {
        var a = new RingGenerator(7).Generate(10);
        var b = new RingGenerator(7).Generate(10);
        a.Select(CorpusWriter.Format).ShouldBe(b.Select(CorpusWriter.Format));
        a.Where(p => p.Ring is not null).ShouldAllBe(p => p.Label == "sell");
        a.Select(p => p.Ring).Where(r => r is not null).Distinct().Count().ShouldBe(10);
        var line = CorpusWriter.Format(a[0]);
        CorpusReader.ParseLine(line).Post!.Expected.ShouldBe(a[0].Expected);
    }

    [Fact]
    public void Generated_rings_are_flagged_and_their_entities_found()
    {
        var posts = new RingGenerator(3).Generate(20);
        var report = Evaluator.Evaluate("generated", posts, new PostAnalyser());
        report.Recall.ShouldBeGreaterThanOrEqualTo(0.95);
        report.Precision.ShouldBeGreaterThanOrEqualTo(0.95);
        report.EntityRecall(EntityType.Phone)!.Value.ShouldBeGreaterThanOrEqualTo(0.95);
    }
}
