using System.Globalization;
using System.Text;
using Homeward.Intel.Entities;

namespace Homeward.Intel.Evaluation;

/// <summary>Precision and recall of flagging, and recall and precision of each entity type.</summary>
public sealed class EvaluationReport
{
    internal EvaluationReport(string name, int posts, int truePositives, int falsePositives, int falseNegatives,
        IReadOnlyDictionary<string, (int Flagged, int Total)> byLabel,
        IReadOnlyDictionary<EntityType, (int Expected, int Found, int Matched)> byEntity,
        IReadOnlyList<string> misses)
    {
        Name = name;
        Posts = posts;
        TruePositives = truePositives;
        FalsePositives = falsePositives;
        FalseNegatives = falseNegatives;
        ByLabel = byLabel;
        ByEntity = byEntity;
        Misses = misses;
    }

    /// <summary>What was evaluated.</summary>
    public string Name { get; }

    /// <summary>Number of posts.</summary>
    public int Posts { get; }

    /// <summary>Posts flagged that should be.</summary>
    public int TruePositives { get; }

    /// <summary>Posts flagged that should not be.</summary>
    public int FalsePositives { get; }

    /// <summary>Posts not flagged that should be.</summary>
    public int FalseNegatives { get; }

    /// <summary>Precision of flagging (1 when nothing was flagged).</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>Recall of flagging (1 when nothing should be flagged).</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Per label: posts flagged and posts in all.</summary>
    public IReadOnlyDictionary<string, (int Flagged, int Total)> ByLabel { get; }

    /// <summary>Per entity type: expected, found and matched (type and value equal) counts.</summary>
    public IReadOnlyDictionary<EntityType, (int Expected, int Found, int Matched)> ByEntity { get; }

    /// <summary>Recall of one entity type (null when none was expected).</summary>
    public double? EntityRecall(EntityType type) =>
        ByEntity.TryGetValue(type, out var c) && c.Expected > 0 ? (double)c.Matched / c.Expected : null;

    /// <summary>Precision of one entity type (null when none was found).</summary>
    public double? EntityPrecision(EntityType type) =>
        ByEntity.TryGetValue(type, out var c) && c.Found > 0 ? (double)c.Matched / c.Found : null;

    /// <summary>Post ids wrongly flagged or missed, and entities missed ("id: missed phone +86…"), for review.</summary>
    public IReadOnlyList<string> Misses { get; }

    /// <summary>A plain-text table.</summary>
    public string ToText(bool withMisses)
    {
        var ic = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(ic, $"== {Name}: {Posts} posts\n");
        sb.Append(ic, $"flagging: precision {Precision:0.000}  recall {Recall:0.000}  (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})\n");
        foreach (var (label, (flagged, total)) in ByLabel.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            sb.Append(ic, $"  label {label,-9} flagged {flagged,5} of {total,5}\n");
        }

        sb.Append("entities:            expected  found  matched  recall  precision\n");
        foreach (var type in Enum.GetValues<EntityType>())
        {
            if (!ByEntity.TryGetValue(type, out var c))
            {
                continue;
            }

            var recall = EntityRecall(type) is { } r ? r.ToString("0.000", ic) : "   - ";
            var precision = EntityPrecision(type) is { } p ? p.ToString("0.000", ic) : "   - ";
            sb.Append(ic, $"  {type.ToContractName(),-18} {c.Expected,8} {c.Found,6} {c.Matched,8}  {recall,6}  {precision,9}\n");
        }

        if (withMisses)
        {
            foreach (var miss in Misses)
            {
                sb.Append("  miss: ").Append(miss).Append('\n');
            }
        }

        return sb.ToString();
    }
}
