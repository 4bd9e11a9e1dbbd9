namespace Homeward.Intel.Text;

/// <summary>
/// Rewrites digit runs written with Chinese numerals or spelled English digits as ASCII digits.
/// A run is a sequence of digit tokens (ASCII digit, Chinese numeral, spelled digit) with at most two
/// separators between tokens; it is rewritten only when it has at least <see cref="MinTokens"/> tokens
/// and at least one of them is not an ASCII digit, so that ordinary words (一个, 两个月, someone) stay.
/// </summary>
internal static class DigitRunRewriter
{
    public const int MinTokens = 5;

    private static readonly string[] Spelled = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    public static TextNormaliser.Buffer Rewrite(TextNormaliser.Buffer input)
    {
        var text = input.AsSpan();
        // Most texts that may hold numerals (any e, n, o, s, t, z or 一…) have no run to rewrite: the
        // output buffer is made only at the first rewrite, from a copy of what came before it, and
        // otherwise the input is returned as it is.
        TextNormaliser.Buffer? output = null;
        var tokens = new List<(int Pos, int Len, int Digit)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!TryToken(text, i, previousTokenEnd: -1, out var len, out var digit))
            {
                output?.Add(text[i], input.StartOf(i), input.EndOf(i));
                i++;
                continue;
            }

            tokens.Clear();
            tokens.Add((i, len, digit));
            var j = i + len;
            var nonAscii = len > 1 || !CharClass.IsAsciiDigit(text[i]);
            while (j < text.Length)
            {
                var k = j;
                var separators = 0;
                while (k < text.Length && separators < 2 && IsSeparator(text[k]))
                {
                    k++;
                    separators++;
                }

                if (!TryToken(text, k, previousTokenEnd: separators == 0 ? j : -1, out len, out digit))
                {
                    break;
                }

                nonAscii |= len > 1 || !CharClass.IsAsciiDigit(text[k]);
                tokens.Add((k, len, digit));
                j = k + len;
            }

            if (tokens.Count >= MinTokens && nonAscii)
            {
                output ??= CopyPrefix(input, i);
                var p = i;
                foreach (var (pos, tokenLength, value) in tokens)
                {
                    for (; p < pos; p++)
                    {
                        output.Add(text[p], input.StartOf(p), input.EndOf(p));
                    }

                    output.Add((char)('0' + value), input.StartOf(pos), input.EndOf(pos + tokenLength - 1));
                    p = pos + tokenLength;
                }
            }
            else if (output is not null)
            {
                for (var p = i; p < j; p++)
                {
                    output.Add(text[p], input.StartOf(p), input.EndOf(p));
                }
            }

            i = j;
        }

        return output ?? input;
    }

    private static TextNormaliser.Buffer CopyPrefix(TextNormaliser.Buffer input, int length)
    {
        var output = new TextNormaliser.Buffer(input.Length + 8);
        for (var p = 0; p < length; p++)
        {
            output.Add(input[p], input.StartOf(p), input.EndOf(p));
        }

        return output;
    }

    private static bool IsSeparator(char c) => c is ' ' or '-' or '.' or '·' or '_';

    private static bool TryToken(ReadOnlySpan<char> text, int i, int previousTokenEnd, out int length, out int digit)
    {
        length = 0;
        digit = -1;
        if (i >= text.Length)
        {
            return false;
        }

        var c = text[i];
        if (CharClass.IsAsciiDigit(c))
        {
            length = 1;
            digit = c - '0';
            return true;
        }

        var chinese = CharClass.ChineseDigit(c);
        if (chinese >= 0)
        {
            length = 1;
            digit = chinese;
            return true;
        }

        if (!CharClass.IsAsciiLetter(c) || (i > 0 && CharClass.IsAsciiLetter(text[i - 1]) && previousTokenEnd != i))
        {
            return false;
        }

        var word = SpelledAt(text, i);
        if (word < 0)
        {
            return false;
        }

        var end = i + Spelled[word].Length;
        if (end < text.Length && CharClass.IsAsciiLetter(text[end]) && SpelledAt(text, end) < 0)
        {
            return false;
        }

        length = Spelled[word].Length;
        digit = word;
        return true;
    }

    private static int SpelledAt(ReadOnlySpan<char> text, int i)
    {
        for (var d = 0; d < Spelled.Length; d++)
        {
            if (text[i..].StartsWith(Spelled[d], StringComparison.Ordinal))
            {
                return d;
            }
        }

        return -1;
    }
}
