using System.Globalization;
using Homeward.Intel.Text;

namespace Homeward.Intel.Entities;

/// <summary>
/// Finds prices: a number (digits, or Chinese numerals such as 八 or 十五) with a currency unit or sign
/// (10万, 8w, 3.5万元, 5000元, ¥8000, $5,000, 8k) and a money or child word near it (营养费, 补偿, 补,
/// 男婴, 蓝宝, expenses, fee…). The value is "CNY 100000" or "USD 5000".
/// </summary>
internal static class PriceScanner
{
    public const int WindowBefore = 16;
    public const int WindowAfter = 8;

    private static readonly (string Unit, long Multiplier, string? Currency)[] Units =
    [
        ("万元", 10_000, "CNY"), ("万块", 10_000, "CNY"), ("万", 10_000, "CNY"), ("w", 10_000, "CNY"),
        ("千元", 1_000, "CNY"), ("千块", 1_000, "CNY"), ("千", 1_000, null), ("k", 1_000, null),
        ("块钱", 1, "CNY"), ("元", 1, "CNY"), ("块", 1, "CNY"), ("rmb", 1, "CNY"), ("人民币", 1, "CNY"), ("yuan", 1, "CNY"),
        ("美元", 1, "USD"), ("美金", 1, "USD"), ("usd", 1, "USD"), ("dollars", 1, "USD"),
    ];

    private static readonly TermMatcher<bool> MoneyWords = new(
        new[]
        {
            "营养费", "感谢费", "补偿", "补", "费", "价", "预售", "售", "卖", "买", "红包", "酬", "定金", "转账", "付款", "收费",
            "男婴", "女婴", "男宝", "女宝", "蓝宝", "粉宝", "男孩", "女孩", "宝宝", "婴儿", "sy", "ly",
            "expenses", "expense", "fee", "fees", "price", "cost", "costs", "compensation", "paid", "pay", "asking",
        }.Select(w => (w, true)));

    public static List<(int Start, int End, string Value)> Scan(string text)
    {
        var found = new List<(int, int, string)>();
        List<(int Start, int End, bool)>? money = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ascii = CharClass.IsAsciiDigit(c);
            if (!ascii && !ChineseNumber.IsNumeral(c))
            {
                continue;
            }

            if (i > 0 && (CharClass.IsAsciiLetterOrDigit(text[i - 1]) || text[i - 1] is '.' or ',' || ChineseNumber.IsNumeral(text[i - 1])))
            {
                continue;
            }

            var j = i;
            decimal amount;
            if (ascii)
            {
                while (j < text.Length && (CharClass.IsAsciiDigit(text[j])
                    || (text[j] is ',' or '.' && j + 1 < text.Length && CharClass.IsAsciiDigit(text[j + 1]))))
                {
                    j++;
                }

                if (!decimal.TryParse(text.AsSpan(i, j - i), NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount))
                {
                    continue;
                }
            }
            else
            {
                while (j < text.Length && ChineseNumber.IsNumeral(text[j]))
                {
                    j++;
                }

                var parsed = ChineseNumber.Parse(text.AsSpan(i, j - i));
                if (parsed is null or 0)
                {
                    continue;
                }

                amount = parsed.Value;
            }

            var prefix = CurrencyBefore(text, i, out var prefixStart);
            var k = j;
            while (k < text.Length && k < j + 1 && text[k] == ' ')
            {
                k++;
            }

            var (unitLength, multiplier, unitCurrency) = UnitAt(text, k);
            if (unitLength == 0)
            {
                k = j;
            }

            var currency = prefix ?? unitCurrency;
            if (currency is null && (unitLength == 0 || !ascii))
            {
                continue;
            }

            currency ??= "CNY";
            var start = prefix is null ? i : prefixStart;
            var end = k + unitLength;
            money ??= MoneyWords.FindAll(text);
            if (!NearMoneyWord(money, start, end))
            {
                continue;
            }

            var value = decimal.Round(amount * multiplier, 0, MidpointRounding.AwayFromZero);
            if (value <= 0 || value > 100_000_000)
            {
                continue;
            }

            found.Add((start, end, currency + " " + value.ToString("0", CultureInfo.InvariantCulture)));
            i = end - 1;
        }

        return found;
    }

    private static string? CurrencyBefore(string text, int i, out int start)
    {
        var b = i - 1;
        while (b >= 0 && text[b] == ' ')
        {
            b--;
        }

        start = b;
        if (b < 0)
        {
            return null;
        }

        if (text[b] == '¥')
        {
            return "CNY";
        }

        if (text[b] == '$')
        {
            return "USD";
        }

        var head = text.AsSpan(0, b + 1);
        if (head.EndsWith("rmb", StringComparison.Ordinal))
        {
            start = b - 2;
            return "CNY";
        }

        if (head.EndsWith("usd", StringComparison.Ordinal))
        {
            start = b - 2;
            return "USD";
        }

        return null;
    }

    private static (int Length, long Multiplier, string? Currency) UnitAt(string text, int k)
    {
        var rest = text.AsSpan(k);
        foreach (var (unit, multiplier, currency) in Units)
        {
            if (rest.StartsWith(unit, StringComparison.Ordinal)
                && (!CharClass.IsAsciiLetter(unit[^1]) || rest.Length == unit.Length || !CharClass.IsAsciiLetter(rest[unit.Length])))
            {
                return (unit.Length, multiplier, currency);
            }
        }

        return (0, 1, null);
    }

    private static bool NearMoneyWord(List<(int Start, int End, bool)> money, int start, int end)
    {
        foreach (var (s, e, _) in money)
        {
            if ((e <= start && start - e <= WindowBefore) || (s >= end && s - end <= WindowAfter))
            {
                return true;
            }
        }

        return false;
    }
}
