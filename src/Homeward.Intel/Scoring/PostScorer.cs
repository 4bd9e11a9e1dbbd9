using Homeward.Intel.Entities;
using Homeward.Intel.Text;

namespace Homeward.Intel.Scoring;

/// <summary>
/// The explainable score. Hits come from the vocabulary and from extracted entities (a price is a
/// money hit, a contact is a private-contact hit, a bank card or Alipay account is a money hit, a
/// border town or +84 number is a cross-border hit, an age is a child hit). Each group with at least
/// one hit adds its weight once; score = 1 / (1 + e^-(bias + Σ weights)). See docs/intel.md.
/// </summary>
internal static class PostScorer
{
    public static List<IndicatorHit> Indicators(NormalisedText normalised, IReadOnlyList<Entity> entities, Vocabulary vocabulary)
    {
        var text = normalised.Text;
        var hits = new List<IndicatorHit>();
        foreach (var (s, e, group) in vocabulary.Matcher.FindAll(text))
        {
            if (InsideIdentifier(entities, s, e))
            {
                continue;
            }

            hits.Add(Make(normalised, group, s, e, group == "child" ? SexOf(text.AsSpan(s, e - s)) : null));
        }

        foreach (var (s, e, detail) in ChildDescriptorScanner.Scan(text))
        {
            hits.Add(Make(normalised, "child", s, e, detail));
        }

        foreach (var entity in entities)
        {
            var group = entity.Type switch
            {
                EntityType.Price or EntityType.BankCard or EntityType.Alipay => "money",
                EntityType.Phone or EntityType.Qq or EntityType.WeChat or EntityType.Email => "private-contact",
                _ => null,
            };
            if (group is not null)
            {
                hits.Add(Make(normalised, group, entity.NormStart, entity.NormEnd, entity.Type.ToContractName() + ":" + entity.Value));
            }

            if (entity.CrossBorder)
            {
                hits.Add(Make(normalised, "cross-border", entity.NormStart, entity.NormEnd, entity.Type.ToContractName() + ":" + entity.Value));
            }
        }

        return Deduplicate(hits);
    }

    public static (double Score, List<GroupContribution> Contributions) Score(IReadOnlyList<IndicatorHit> hits, Vocabulary vocabulary)
    {
        // A post has a handful of groups: a list searched linearly, then sorted by ordinal name, does
        // what a dictionary and OrderBy did without their allocations.
        var counts = new List<(string Group, int Count)>(8);
        foreach (var hit in hits)
        {
            var k = 0;
            while (k < counts.Count && !string.Equals(counts[k].Group, hit.Group, StringComparison.Ordinal))
            {
                k++;
            }

            if (k == counts.Count)
            {
                counts.Add((hit.Group, 1));
            }
            else
            {
                counts[k] = (hit.Group, counts[k].Count + 1);
            }
        }

        counts.Sort((a, b) => string.CompareOrdinal(a.Group, b.Group));
        var logOdds = vocabulary.Bias;
        var contributions = new List<GroupContribution>(counts.Count);
        foreach (var (group, count) in counts)
        {
            var weight = vocabulary.Weights.GetValueOrDefault(group);
            logOdds += weight;
            contributions.Add(new GroupContribution(group, weight, count));
        }

        return (1.0 / (1.0 + Math.Exp(-logOdds)), contributions);
    }

    /// <summary>Whether [s, e) lies inside a written identifier (a WeChat id or an e-mail address), whose
    /// letters are not words.</summary>
    private static bool InsideIdentifier(IReadOnlyList<Entity> entities, int s, int e)
    {
        foreach (var entity in entities)
        {
            if (entity.Type is EntityType.WeChat or EntityType.Email or EntityType.Alipay && entity.NormStart <= s && entity.NormEnd >= e)
            {
                return true;
            }
        }

        return false;
    }

    private static string? SexOf(ReadOnlySpan<char> term)
    {
        if (term.Contains("未知", StringComparison.Ordinal))
        {
            return "sex:unknown";
        }

        if (term.Contains('男') || term.Contains("蓝宝", StringComparison.Ordinal) || term.Contains("boy", StringComparison.Ordinal))
        {
            return "sex:male";
        }

        return term.Contains('女') || term.Contains("粉宝", StringComparison.Ordinal) || term.Contains("girl", StringComparison.Ordinal)
            ? "sex:female"
            : null;
    }

    private static IndicatorHit Make(NormalisedText normalised, string group, int start, int end, string? detail)
    {
        var (os, oe) = normalised.ToOriginal(start, end);
        return new IndicatorHit(group, normalised.Original[os..oe], os, oe, detail) { NormStart = start, NormEnd = end };
    }

    /// <summary>Drops a hit contained in another hit of the same group (送养 inside 网络送养); on equal
    /// spans the one with a detail stays. The result is in order of position.</summary>
    private static List<IndicatorHit> Deduplicate(List<IndicatorHit> hits)
    {
        hits.Sort((a, b) =>
            a.NormStart != b.NormStart ? a.NormStart.CompareTo(b.NormStart)
            : a.NormEnd != b.NormEnd ? b.NormEnd.CompareTo(a.NormEnd)
            : (a.Detail is null).CompareTo(b.Detail is null));
        var kept = new List<IndicatorHit>(hits.Count);
        foreach (var hit in hits)
        {
            var contained = false;
            for (var k = kept.Count - 1; k >= 0 && !contained; k--)
            {
                var other = kept[k];
                contained = string.Equals(other.Group, hit.Group, StringComparison.Ordinal)
                    && other.NormStart <= hit.NormStart && other.NormEnd >= hit.NormEnd;
            }

            if (!contained)
            {
                kept.Add(hit);
            }
        }

        return kept;
    }
}
