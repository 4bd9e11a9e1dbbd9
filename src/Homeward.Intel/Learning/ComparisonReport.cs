using System.Globalization;
using System.Text;

namespace Homeward.Intel.Learning;

/// <summary>The classifier against the rules on held-out labels: per fold, overall (pooled over the
/// folds), McNemar's exact test on the paired decisions, a verdict, and the posts each got wrong.</summary>
/// <param name="Method">How the labels were held out ("stratified 5-fold, seed 1" or "train on … / test on …").</param>
/// <param name="Folds">Each fold's figures.</param>
/// <param name="Model">The classifier, all held-out posts.</param>
/// <param name="Rules">The rules, the same posts.</param>
/// <param name="OnlyModelRight">Posts the classifier decided right and the rules wrong.</param>
/// <param name="OnlyRulesRight">Posts the rules decided right and the classifier wrong.</param>
/// <param name="Errors">Posts decided wrongly by either: "id (label): model p=0.71 flagged, rules 0.43 not flagged".</param>
public sealed record ComparisonReport(string Method, IReadOnlyList<FoldResult> Folds, FlagCounts Model, FlagCounts Rules,
    int OnlyModelRight, int OnlyRulesRight, IReadOnlyList<string> Errors)
{
    /// <summary>Significance level of the verdict.</summary>
    public const double Alpha = 0.05;

    /// <summary>McNemar's exact two-sided p-value on the discordant decisions.</summary>
    public double PValue => McNemar.ExactPValue(OnlyModelRight, OnlyRulesRight);

    /// <summary>One sentence: which is better, or that the data cannot tell them apart.</summary>
    public string Verdict
    {
        get
        {
            var ic = CultureInfo.InvariantCulture;
            var figures = string.Create(ic,
                $"F1 {Model.F1:0.000} for the classifier against {Rules.F1:0.000} for the rules; posts right only by the classifier {OnlyModelRight}, only by the rules {OnlyRulesRight}, McNemar exact p = {PValue:0.###}");
            if (PValue < Alpha)
            {
                return (OnlyModelRight > OnlyRulesRight ? "the classifier is better than the rules" : "the rules are better than the classifier")
                    + $" on these held-out labels ({figures})";
            }

            return $"no significant difference at the {Alpha.ToString(ic)} level ({figures}); "
                + "more labelled posts are needed to tell them apart";
        }
    }

    /// <summary>A plain-text report.</summary>
    public string ToText(bool withErrors)
    {
        var ic = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(ic, $"== classifier vs rules: {Method}\n");
        sb.Append("fold  posts   model: precision recall  F1     rules: precision recall  F1\n");
        foreach (var f in Folds)
        {
            Row(sb, f.Fold.ToString(ic), f.Posts, f.Model, f.Rules);
        }

        Row(sb, "all", Model.TruePositives + Model.FalsePositives + Model.FalseNegatives + Model.TrueNegatives, Model, Rules);
        sb.Append(ic, $"model: tp {Model.TruePositives}, fp {Model.FalsePositives}, fn {Model.FalseNegatives}, tn {Model.TrueNegatives}; ");
        sb.Append(ic, $"rules: tp {Rules.TruePositives}, fp {Rules.FalsePositives}, fn {Rules.FalseNegatives}, tn {Rules.TrueNegatives}\n");
        sb.Append("verdict: ").Append(Verdict).Append('\n');
        if (withErrors)
        {
            foreach (var e in Errors)
            {
                sb.Append("  wrong: ").Append(e).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static void Row(StringBuilder sb, string fold, int posts, FlagCounts model, FlagCounts rules) =>
        sb.Append(CultureInfo.InvariantCulture,
            $"{fold,-5} {posts,5}          {model.Precision,6:0.000} {model.Recall,6:0.000} {model.F1,6:0.000}           {rules.Precision,6:0.000} {rules.Recall,6:0.000} {rules.F1,6:0.000}\n");
}
