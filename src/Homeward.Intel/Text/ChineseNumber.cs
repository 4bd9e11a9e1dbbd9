namespace Homeward.Intel.Text;

/// <summary>Parses small numbers written with Chinese numerals (八, 十五, 两百, 一千二), as in prices and ages.</summary>
internal static class ChineseNumber
{
    public static bool IsNumeral(char c) => CharClass.ChineseDigit(c) >= 0 || c is '十' or '百' or '千' or '拾' or '佰' or '仟';

    /// <summary>The value of the numerals in <paramref name="s"/>, or null when it is not a number below 10,000.</summary>
    public static long? Parse(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return null;
        }

        long total = 0;
        long digit = -1;
        foreach (var c in s)
        {
            var d = CharClass.ChineseDigit(c);
            if (d >= 0)
            {
                if (digit >= 0)
                {
                    digit = (digit * 10) + d; // 一五 read as 15
                }
                else
                {
                    digit = d;
                }

                continue;
            }

            long unit = c switch
            {
                '十' or '拾' => 10,
                '百' or '佰' => 100,
                '千' or '仟' => 1000,
                _ => 0,
            };
            if (unit == 0)
            {
                return null;
            }

            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }

        return digit >= 0 ? total + digit : total;
    }
}
