using System.Globalization;
using Homeward.Intel.Evaluation;

namespace Homeward.Intel.Learning;

/// <summary>
/// Compares the trainable classifier with the rules on labels neither was fitted to: stratified k-fold
/// cross-validation (the classifier trained on k − 1 folds, both judged on the fold held out), or a
/// training set and a separate test set. The rules are applied as they are (their weights were set by
/// hand, not on these folds).
/// </summary>
public static class ClassifierComparison
{
    /// <summary>Stratified k-fold cross-validation (strata: the labels).</summary>
    /// <param name="posts">The labelled posts.</param>
    /// <param name="analyses">Their analyses by the rules (same order).</param>
    /// <param name="k">Number of folds.</param>
    /// <param name="options">Training options; the seed also shuffles the folds.</param>
    public static (ComparisonReport? Value, string? Error) CrossValidate(IReadOnlyList<LabelledPost> posts, IReadOnlyList<PostAnalysis> analyses, int k, ClassifierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(posts);
        ArgumentNullException.ThrowIfNull(analyses);
        options ??= new ClassifierOptions();
        if (k < 2 || k > posts.Count)
        {
            return (null, $"--folds must be between 2 and the number of labelled posts ({posts.Count})");
        }

        var folds = StratifiedFolds.Assign([.. posts.Select(p => p.Label)], k, options.Seed);
        var probability = new double[posts.Count];
        for (var fold = 0; fold < k; fold++)
        {
            var train = Enumerable.Range(0, posts.Count).Where(i => folds[i] != fold).ToList();
            var test = Enumerable.Range(0, posts.Count).Where(i => folds[i] == fold).ToList();
            var (classifier, error) = PostClassifier.Train([.. train.Select(i => analyses[i])], [.. train.Select(i => posts[i].ShouldFlag)], options);
            if (classifier is null)
            {
                return (null, $"fold {fold + 1}: {error}");
            }

            var p = classifier.Probabilities([.. test.Select(i => analyses[i])]);
            for (var j = 0; j < test.Count; j++)
            {
                probability[test[j]] = p[j];
            }
        }

        var method = string.Create(CultureInfo.InvariantCulture, $"stratified {k}-fold cross-validation by label, seed {options.Seed}, {posts.Count} posts");
        return (Report(method, posts, analyses, probability, folds, k, options.Threshold), null);
    }

    /// <summary>Trains on one set and judges both on another.</summary>
    public static (ComparisonReport? Value, string? Error) HeldOut(IReadOnlyList<LabelledPost> train, IReadOnlyList<PostAnalysis> trainAnalyses,
        IReadOnlyList<LabelledPost> test, IReadOnlyList<PostAnalysis> testAnalyses, ClassifierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(test);
        options ??= new ClassifierOptions();
        var (classifier, error) = PostClassifier.Train(trainAnalyses, [.. train.Select(p => p.ShouldFlag)], options);
        if (classifier is null)
        {
            return (null, error);
        }

        var probability = classifier.Probabilities(testAnalyses);
        var method = string.Create(CultureInfo.InvariantCulture, $"trained on {train.Count} posts, tested on {test.Count} others, seed {options.Seed}");
        return (Report(method, test, testAnalyses, probability, new int[test.Count], 1, options.Threshold), null);
    }

    private static ComparisonReport Report(string method, IReadOnlyList<LabelledPost> posts, IReadOnlyList<PostAnalysis> analyses,
        double[] probability, int[] folds, int k, double threshold)
    {
        var ic = CultureInfo.InvariantCulture;
        var results = new List<FoldResult>(k);
        for (var fold = 0; fold < k; fold++)
        {
            var members = Enumerable.Range(0, posts.Count).Where(i => folds[i] == fold).ToList();
            results.Add(new FoldResult(fold + 1, members.Count,
                FlagCounts.Of(members.Select(i => (probability[i] >= threshold, posts[i].ShouldFlag))),
                FlagCounts.Of(members.Select(i => (analyses[i].Flagged, posts[i].ShouldFlag)))));
        }

        int onlyModel = 0, onlyRules = 0;
        var errors = new List<string>();
        for (var i = 0; i < posts.Count; i++)
        {
            var truth = posts[i].ShouldFlag;
            var modelRight = probability[i] >= threshold == truth;
            var rulesRight = analyses[i].Flagged == truth;
            onlyModel += modelRight && !rulesRight ? 1 : 0;
            onlyRules += rulesRight && !modelRight ? 1 : 0;
            if (!modelRight || !rulesRight)
            {
                errors.Add(string.Create(ic,
                    $"{posts[i].Post.Id} ({posts[i].Label}): model p={probability[i]:0.00} {(modelRight ? "right" : "wrong")}, rules {analyses[i].Score:0.00} {(rulesRight ? "right" : "wrong")}"));
            }
        }

        return new ComparisonReport(method, results,
            FlagCounts.Of(Enumerable.Range(0, posts.Count).Select(i => (probability[i] >= threshold, posts[i].ShouldFlag))),
            FlagCounts.Of(Enumerable.Range(0, posts.Count).Select(i => (analyses[i].Flagged, posts[i].ShouldFlag))),
            onlyModel, onlyRules, errors);
    }
}
