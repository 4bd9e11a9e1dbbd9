using System.Text;
using Homeward.Intel.Entities;
using Homeward.Intel.Text;

namespace Homeward.Intel.Templates;

/// <summary>
/// Builds a cluster's template from (a sample of) its masked texts: the tokens common to all, in
/// order (the progressive longest common subsequence), and the slots between them where some post has
/// its own text. This is InfoShield's template-and-slots idea without its MDL search: a token is in the
/// template when every sampled post has it. Tokens are CJK characters, ASCII words, entity type tokens
/// and punctuation.
/// </summary>
internal static class TemplateBuilder
{
    public const int MaxSample = 8;
    public const int MaxSlotValues = 5;
    private const int MaxTokens = 400;

    public static Template Build(IReadOnlyList<string> maskedTexts)
    {
        ArgumentNullException.ThrowIfNull(maskedTexts);
        if (maskedTexts.Count == 0)
        {
            return new Template("", [], 0);
        }

        var sample = maskedTexts.Take(MaxSample).Select(Tokenise).ToList();
        var common = sample[0];
        foreach (var tokens in sample.Skip(1))
        {
            common = Lcs(common, tokens);
        }

        // For every post, the text in each gap between consecutive template tokens (gap i lies before token i).
        var gaps = new List<HashSet<string>>();
        for (var g = 0; g <= common.Count; g++)
        {
            gaps.Add(new HashSet<string>(StringComparer.Ordinal));
        }

        foreach (var tokens in sample)
        {
            var fillers = Align(common, tokens);
            for (var g = 0; g < fillers.Length; g++)
            {
                gaps[g].Add(fillers[g]);
            }
        }

        var text = new StringBuilder();
        var slots = new List<IReadOnlyList<string>>();
        for (var g = 0; g <= common.Count; g++)
        {
            if (gaps[g].Any(f => f.Length > 0))
            {
                slots.Add(gaps[g].OrderBy(f => f, StringComparer.Ordinal).Take(MaxSlotValues).Select(Render).ToList());
                text.Append('{').Append(slots.Count).Append('}');
            }

            if (g < common.Count)
            {
                if (text.Length > 0 && CharClass.IsAsciiLetterOrDigit(text[^1]) && CharClass.IsAsciiLetterOrDigit(common[g][0]))
                {
                    text.Append(' ');
                }

                text.Append(Render(common[g]));
            }
        }

        return new Template(text.ToString(), slots, sample.Count);
    }

    internal static List<string> Tokenise(string masked)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < masked.Length && tokens.Count < MaxTokens)
        {
            var c = masked[i];
            if (CharClass.IsAsciiLetterOrDigit(c))
            {
                var s = i;
                while (i < masked.Length && (CharClass.IsAsciiLetterOrDigit(masked[i]) || masked[i] is '_' or '\''))
                {
                    i++;
                }

                tokens.Add(masked[s..i]);
                continue;
            }

            if (c == ' ')
            {
                i++;
                continue;
            }

            tokens.Add(masked.Substring(i, char.IsHighSurrogate(c) && i + 1 < masked.Length ? 2 : 1));
            i += tokens[^1].Length;
        }

        return tokens;
    }

    private static List<string> Lcs(List<string> a, List<string> b)
    {
        var table = LcsTable(a, b);
        var result = new List<string>();
        int i = a.Count, j = b.Count;
        while (i > 0 && j > 0)
        {
            if (string.Equals(a[i - 1], b[j - 1], StringComparison.Ordinal))
            {
                result.Add(a[i - 1]);
                i--;
                j--;
            }
            else if (table[i - 1, j] >= table[i, j - 1])
            {
                i--;
            }
            else
            {
                j--;
            }
        }

        result.Reverse();
        return result;
    }

    /// <summary>The fillers of one post in each gap of the template (greedy left-to-right alignment).</summary>
    private static string[] Align(List<string> template, List<string> tokens)
    {
        var fillers = new string[template.Count + 1];
        var position = 0;
        for (var g = 0; g <= template.Count; g++)
        {
            var stop = tokens.Count;
            if (g < template.Count)
            {
                stop = tokens.FindIndex(position, t => string.Equals(t, template[g], StringComparison.Ordinal));
                if (stop < 0)
                {
                    stop = position;
                }
            }

            fillers[g] = Join(tokens, position, stop);
            position = Math.Min(tokens.Count, stop + 1);
        }

        return fillers;
    }

    private static string Join(List<string> tokens, int from, int to)
    {
        var sb = new StringBuilder();
        for (var i = from; i < to; i++)
        {
            if (sb.Length > 0 && CharClass.IsAsciiLetterOrDigit(sb[^1]) && CharClass.IsAsciiLetterOrDigit(tokens[i][0]))
            {
                sb.Append(' ');
            }

            sb.Append(tokens[i]);
        }

        return sb.ToString();
    }

    private static int[,] LcsTable(List<string> a, List<string> b)
    {
        var table = new int[a.Count + 1, b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            for (var j = 1; j <= b.Count; j++)
            {
                table[i, j] = string.Equals(a[i - 1], b[j - 1], StringComparison.Ordinal)
                    ? table[i - 1, j - 1] + 1
                    : Math.Max(table[i - 1, j], table[i, j - 1]);
            }
        }

        return table;
    }

    /// <summary>Shows entity type tokens as [phone], [qq]….</summary>
    private static string Render(string token)
    {
        var sb = new StringBuilder(token.Length);
        foreach (var c in token)
        {
            if (EntityMasker.IsToken(c))
            {
                sb.Append('[').Append(((EntityType)(c - EntityMasker.TokenBase)).ToContractName()).Append(']');
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
