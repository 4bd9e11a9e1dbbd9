using FsCheck;
using FsCheck.Fluent;
using Homeward.Intel.Evaluation;
using Homeward.Intel.Learning;

namespace Homeward.Intel.Tests;

public sealed class ClassifierTests
{
    private static readonly PostAnalyser Analyser = new();

    private static (List<LabelledPost> Posts, List<PostAnalysis> Analyses) Corpus()
    {
        var posts = CorpusTests.Shipped();
        return (posts, [.. posts.Select(p => Analyser.Analyse(p.Post))]);
    }

    [Fact]
    public void Training_twice_with_one_seed_gives_the_same_probabilities_and_a_saved_model_reloads_them()
    {
        var (posts, analyses) = Corpus();
        var labels = posts.Select(p => p.ShouldFlag).ToList();
        var first = PostClassifier.Train(analyses, labels, new ClassifierOptions(Seed: 7)).Value!;
        var second = PostClassifier.Train(analyses, labels, new ClassifierOptions(Seed: 7)).Value!;
        var p1 = first.Probabilities(analyses);
        p1.ShouldBe(second.Probabilities(analyses));
        p1.Distinct().Count().ShouldBeGreaterThan(10); // not a constant answer

        using var stream = new MemoryStream();
        first.Save(stream);
        stream.Position = 0;
        var (loaded, error) = PostClassifier.Load(stream);
        error.ShouldBeNull();
        loaded!.Probabilities(analyses).ShouldBe(p1);
    }

    [Fact]
    public void Cross_validated_on_the_corpus_it_beats_chance()
    {
        var (posts, analyses) = Corpus();
        var (report, error) = ClassifierComparison.CrossValidate(posts, analyses, 5, new ClassifierOptions(Seed: 1));
        error.ShouldBeNull();
        var m = report!.Model;
        var accuracy = (double)(m.TruePositives + m.TrueNegatives) / posts.Count;
        var majority = Math.Max(posts.Count(p => p.ShouldFlag), posts.Count(p => !p.ShouldFlag)) / (double)posts.Count;
        accuracy.ShouldBeGreaterThan(majority + 0.1);
        // Chance F1 of flagging at random at the base rate equals the base rate.
        m.F1.ShouldBeGreaterThan(posts.Count(p => p.ShouldFlag) / (double)posts.Count + 0.1);
        report.Folds.Count.ShouldBe(5);
        report.Folds.Sum(f => f.Posts).ShouldBe(posts.Count);
        report.Rules.TruePositives.ShouldBe(analyses.Count(a => a.Flagged) - report.Rules.FalsePositives);
    }

    [Fact]
    public void On_a_separate_test_set_the_rules_figures_are_the_evaluators()
    {
        var (train, trainAnalyses) = Corpus();
        var test = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "data", "intel", "corpus", "batch2.jsonl"))
            .Select(l => CorpusReader.ParseLine(l).Post).OfType<LabelledPost>().ToList();
        test.Count.ShouldBeGreaterThanOrEqualTo(30);
        var testAnalyses = test.Select(p => Analyser.Analyse(p.Post)).ToList();
        var (report, error) = ClassifierComparison.HeldOut(train, trainAnalyses, test, testAnalyses);
        error.ShouldBeNull();
        var rules = Evaluator.Evaluate("batch2", test, testAnalyses);
        report!.Rules.TruePositives.ShouldBe(rules.TruePositives);
        report.Rules.FalsePositives.ShouldBe(rules.FalsePositives);
        report.Rules.FalseNegatives.ShouldBe(rules.FalseNegatives);
        report.Folds.Single().Posts.ShouldBe(test.Count);
        (report.Model.TruePositives + report.Model.FalsePositives + report.Model.FalseNegatives + report.Model.TrueNegatives).ShouldBe(test.Count);
    }

    [Fact]
    public void Held_out_training_needs_both_classes()
    {
        var (posts, analyses) = Corpus();
        var sells = Enumerable.Range(0, posts.Count).Where(i => posts[i].ShouldFlag).ToList();
        var (classifier, error) = PostClassifier.Train([.. sells.Select(i => analyses[i])], [.. sells.Select(_ => true)]);
        classifier.ShouldBeNull();
        error.ShouldNotBeNull().ShouldContain("both classes");
    }

    [Fact]
    public void A_stream_that_is_not_a_model_is_an_error_not_an_exception()
    {
        using var stream = new MemoryStream("not a zip"u8.ToArray());
        var (classifier, error) = PostClassifier.Load(stream);
        classifier.ShouldBeNull();
        error.ShouldNotBeNull();
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Folds_are_stratified_balanced_and_seeded()
    {
        var gen = from labels in Gen.ListOf(Gen.Elements("sell", "buy", "adoption", "welfare", "news"))
                  from k in Gen.Choose(2, 10)
                  from seed in Gen.Choose(0, 1000)
                  select (Labels: labels.ToArray(), K: k, Seed: seed);
        return Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var folds = StratifiedFolds.Assign(c.Labels, c.K, c.Seed);
            var sizes = Enumerable.Range(0, c.K).Select(f => folds.Count(x => x == f)).ToList();
            var balanced = sizes.Max() - sizes.Min() <= 1;
            var stratified = c.Labels.Distinct().All(label =>
            {
                var perFold = Enumerable.Range(0, c.K).Select(f => Enumerable.Range(0, folds.Length).Count(i => folds[i] == f && c.Labels[i] == label)).ToList();
                return perFold.Max() - perFold.Min() <= 1;
            });
            var seeded = StratifiedFolds.Assign(c.Labels, c.K, c.Seed).SequenceEqual(folds);
            return balanced && stratified && seeded && folds.All(f => f >= 0 && f < c.K);
        });
    }

    [Fact]
    public void Folds_depend_on_the_seed()
    {
        var labels = Enumerable.Range(0, 40).Select(i => i % 2 == 0 ? "sell" : "news").ToArray();
        StratifiedFolds.Assign(labels, 4, 1).ShouldNotBe(StratifiedFolds.Assign(labels, 4, 2));
    }

    [Fact]
    public void McNemar_exact_p_values_of_known_splits()
    {
        McNemar.ExactPValue(0, 0).ShouldBe(1);
        McNemar.ExactPValue(0, 5).ShouldBe(2.0 / 32, 1e-12);
        McNemar.ExactPValue(4, 1).ShouldBe(2.0 * 6 / 32, 1e-12);
        McNemar.ExactPValue(3, 3).ShouldBe(1);
        McNemar.ExactPValue(0, 2000).ShouldBeLessThan(1e-300);
    }

    [Fact]
    public void Flag_counts_give_precision_recall_and_f1()
    {
        var c = FlagCounts.Of([(true, true), (true, true), (true, false), (false, true), (false, false)]);
        c.ShouldBe(new FlagCounts(2, 1, 1, 1));
        c.Precision.ShouldBe(2.0 / 3, 1e-12);
        c.Recall.ShouldBe(2.0 / 3, 1e-12);
        c.F1.ShouldBe(2.0 / 3, 1e-12);
    }
}
