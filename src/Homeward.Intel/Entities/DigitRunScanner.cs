using System.Text;
using Homeward.Intel.Text;

namespace Homeward.Intel.Entities;

/// <summary>
/// Finds runs of digits that could be contact numbers: digits with at most two separators between
/// them (space, dash, dot, emoji…), an optional leading '+', an optional trailing x. Runs glued to a
/// preceding ASCII letter (part of an id such as wx_li13812345678) are skipped.
/// </summary>
internal static class DigitRunScanner
{
    public const int MaxDigits = 20;

    public static List<DigitRun> Scan(string text)
    {
        var runs = new List<DigitRun>();
        var digits = new StringBuilder(24);
        var groups = new List<int>(6);
        var separators = new StringBuilder(4);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var plus = c == '+' && i + 1 < text.Length && CharClass.IsAsciiDigit(text[i + 1]);
            if (!plus && !CharClass.IsAsciiDigit(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (i > 0 && (CharClass.IsAsciiLetter(text[i - 1]) || text[i - 1] is '_' or '@') && !FollowsKeyword(text, i))
            {
                i = SkipWord(text, i);
                continue;
            }

            if (plus)
            {
                i++;
            }

            digits.Clear();
            groups.Clear();
            separators.Clear();
            var group = 0;
            var end = i;
            while (i < text.Length)
            {
                if (CharClass.IsAsciiDigit(text[i]))
                {
                    digits.Append(text[i]);
                    group++;
                    i++;
                    end = i;
                    continue;
                }

                var k = i;
                var count = 0;
                while (k < text.Length && count < 2 && (CharClass.IsDigitSeparator(text, k) || text[k] is '(' or ')'))
                {
                    k++;
                    count++;
                }

                if (count == 0 || k >= text.Length || !CharClass.IsAsciiDigit(text[k]))
                {
                    break;
                }

                for (var s = i; s < k; s++)
                {
                    if (!char.IsSurrogate(text[s]) && !Contains(separators, text[s]))
                    {
                        separators.Append(text[s]);
                    }
                }

                groups.Add(group);
                group = 0;
                i = k;
            }

            groups.Add(group);
            if (end < text.Length && text[end] == 'x' && digits.Length == 17 && (end + 1 >= text.Length || !CharClass.IsAsciiLetter(text[end + 1])))
            {
                digits.Append('x');
                end++;
                i = end;
            }
            else if (end < text.Length && CharClass.IsAsciiLetter(text[end]) && !IsUnitLetter(text, end))
            {
                i = SkipWord(text, end);
                continue;
            }

            if (digits.Length <= MaxDigits)
            {
                runs.Add(new DigitRun(start, end, digits.ToString(), plus, groups.ToArray(), separators.ToString()));
            }
        }

        return runs;
    }

    private static bool IsUnitLetter(string text, int i)
    {
        var rest = text.AsSpan(i);
        return rest.StartsWith("w", StringComparison.Ordinal) && (rest.Length == 1 || !CharClass.IsAsciiLetter(rest[1]))
            || rest.StartsWith("k", StringComparison.Ordinal) && (rest.Length == 1 || !CharClass.IsAsciiLetter(rest[1]))
            || rest.StartsWith("kg", StringComparison.Ordinal) || rest.StartsWith("cm", StringComparison.Ordinal)
            || rest.StartsWith("g", StringComparison.Ordinal) && (rest.Length == 1 || !CharClass.IsAsciiLetter(rest[1]))
            || rest.StartsWith("rmb", StringComparison.Ordinal) || rest.StartsWith("yuan", StringComparison.Ordinal)
            || rest.StartsWith("usd", StringComparison.Ordinal) || rest.StartsWith("days", StringComparison.Ordinal)
            || rest.StartsWith("day", StringComparison.Ordinal) || rest.StartsWith("weeks", StringComparison.Ordinal)
            || rest.StartsWith("months", StringComparison.Ordinal) || rest.StartsWith("st", StringComparison.Ordinal)
            || rest.StartsWith("nd", StringComparison.Ordinal) || rest.StartsWith("rd", StringComparison.Ordinal)
            || rest.StartsWith("th", StringComparison.Ordinal);
    }

    /// <summary>Whether the letters glued before position i are a contact keyword (qq123456, vx13812345678).</summary>
    private static bool FollowsKeyword(string text, int i)
    {
        var ws = i;
        while (ws > 0 && CharClass.IsAsciiLetter(text[ws - 1]))
        {
            ws--;
        }

        if (ws > 0 && (CharClass.IsAsciiDigit(text[ws - 1]) || text[ws - 1] is '_' or '@' or '.'))
        {
            return false;
        }

        return text.AsSpan(ws, i - ws) is "qq" or "q" or "vx" or "wx" or "v" or "tel" or "zfb" or "sy" or "ly";
    }

    private static bool Contains(StringBuilder builder, char c)
    {
        for (var k = 0; k < builder.Length; k++)
        {
            if (builder[k] == c)
            {
                return true;
            }
        }

        return false;
    }

    private static int SkipWord(string text, int i)
    {
        while (i < text.Length && (CharClass.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '-' or '.' or '@'))
        {
            i++;
        }

        return i;
    }
}
