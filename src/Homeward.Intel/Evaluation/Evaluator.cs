using Homeward.Intel.Entities;

namespace Homeward.Intel.Evaluation;

/// <summary>Compares the analyser with the truth of labelled posts.</summary>
public static class Evaluator
{
    /// <summary>Analyses every post and counts. Entities are compared as sets of (type, value) per post.</summary>
    public static EvaluationReport Evaluate(string name, IReadOnlyList<LabelledPost> posts, PostAnalyser analyser)
    {
        ArgumentNullException.ThrowIfNull(posts);
        ArgumentNullException.ThrowIfNull(analyser);
        var analyses = new PostAnalysis[posts.Count];
        Parallel.For(0, posts.Count, i => analyses[i] = analyser.Analyse(posts[i].Post));
        return Evaluate(name, posts, analyses);
    }

    /// <summary>Counts, given the analyses of the posts (same order).</summary>
    public static EvaluationReport Evaluate(string name, IReadOnlyList<LabelledPost> posts, IReadOnlyList<PostAnalysis> analyses)
    {
        ArgumentNullException.ThrowIfNull(posts);
        ArgumentNullException.ThrowIfNull(analyses);
        int tp = 0, fp = 0, fn = 0;
        var byLabel = new SortedDictionary<string, (int, int)>(StringComparer.Ordinal);
        var byEntity = new SortedDictionary<EntityType, (int Expected, int Found, int Matched)>();
        var misses = new List<string>();
        for (var i = 0; i < posts.Count; i++)
        {
            var truth = posts[i];
            var a = analyses[i];
            if (a.Flagged && truth.ShouldFlag)
            {
                tp++;
            }
            else if (a.Flagged)
            {
                fp++;
                misses.Add($"{truth.Post.Id}: flagged ({truth.Label}, score {a.Score:0.00})");
            }
            else if (truth.ShouldFlag)
            {
                fn++;
                misses.Add($"{truth.Post.Id}: not flagged ({truth.Label}, score {a.Score:0.00})");
            }

            var (flagged, total) = byLabel.GetValueOrDefault(truth.Label);
            byLabel[truth.Label] = (flagged + (a.Flagged ? 1 : 0), total + 1);

            var expected = truth.Expected.ToHashSet();
            var found = a.Entities.Select(e => (e.Type, e.Value)).ToHashSet();
            foreach (var type in expected.Select(e => e.Type).Concat(found.Select(f => f.Type)).Distinct())
            {
                var c = byEntity.GetValueOrDefault(type);
                var e = expected.Where(x => x.Type == type).ToList();
                var f = found.Where(x => x.Type == type).ToList();
                var matched = e.Count(found.Contains);
                byEntity[type] = (c.Expected + e.Count, c.Found + f.Count, c.Matched + matched);
                foreach (var missed in e.Where(x => !found.Contains(x)))
                {
                    misses.Add($"{truth.Post.Id}: missed {type.ToContractName()} {missed.Value}");
                }

                foreach (var extra in f.Where(x => !expected.Contains(x)))
                {
                    misses.Add($"{truth.Post.Id}: extra {type.ToContractName()} {extra.Value}");
                }
            }
        }

        return new EvaluationReport(name, posts.Count, tp, fp, fn, byLabel, byEntity, misses);
    }
}
