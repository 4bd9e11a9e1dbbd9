using Homeward.Intel.Text;

namespace Homeward.Intel.Entities;

/// <summary>
/// Tells a quantity from a contact number: a number followed by a unit of money, time, age or weight
/// (10万, 8天, 3个月, 2024年, 5kg) or preceded by a currency sign, or written as a date, is never a
/// phone, QQ or card number.
/// </summary>
internal static class QuantityContext
{
    private static readonly string[] UnitsAfter =
    [
        "万", "千", "元", "块", "天", "个月", "月", "岁", "年", "日", "号", "周", "斤", "克", "公斤", "次", "个", "人", "名",
        "分", "小时", "点", "%", "w", "k", "g", "kg", "cm", "rmb", "yuan", "usd", "day", "week", "month", "year",
        "yr", "hour", "lb", "st", "nd", "rd", "th", "美元", "人民币",
    ];

    public static bool IsQuantity(string text, DigitRun run)
    {
        var after = run.End;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        var rest = text.AsSpan(after);
        foreach (var unit in UnitsAfter)
        {
            if (rest.StartsWith(unit, StringComparison.Ordinal)
                && (!CharClass.IsAsciiLetter(unit[^1]) || rest.Length == unit.Length || !CharClass.IsAsciiLetter(rest[unit.Length]) || rest[unit.Length] == 's'))
            {
                return true;
            }
        }

        var before = run.Start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        if (before >= 0 && text[before] is '¥' or '$' or '€' or '£')
        {
            return true;
        }

        var head = text.AsSpan(0, before + 1);
        return head.EndsWith("rmb", StringComparison.Ordinal) || head.EndsWith("usd", StringComparison.Ordinal);
    }

    /// <summary>Dates written as digits: 2024-05-06, 2024.5.6, 06-05-2024 or eight digits 20240506.</summary>
    public static bool IsDate(DigitRun run)
    {
        var d = run.Digits;
        if (run.HasPlus)
        {
            return false;
        }

        var g = run.Groups;
        if (g.Count == 3 && run.Separators is "-" or "." or "/" or " ")
        {
            if (g[0] == 4 && g[1] <= 2 && g[2] <= 2)
            {
                return ValidDate(Number(d, 0, 4), Number(d, 4, g[1]), Number(d, 4 + g[1], g[2]));
            }

            if (g[2] == 4 && g[0] <= 2 && g[1] <= 2)
            {
                return ValidDate(Number(d, g[0] + g[1], 4), Number(d, g[0], g[1]), Number(d, 0, g[0]))
                    || ValidDate(Number(d, g[0] + g[1], 4), Number(d, 0, g[0]), Number(d, g[0], g[1]));
            }
        }

        return g.Count == 1 && d.Length == 8 && ValidDate(Number(d, 0, 4), Number(d, 4, 2), Number(d, 6, 2));
    }

    private static bool ValidDate(int year, int month, int day) =>
        year is >= 1900 and <= 2099 && month is >= 1 and <= 12 && day is >= 1 and <= 31;

    private static int Number(string digits, int start, int length)
    {
        var n = 0;
        for (var i = start; i < start + length && i < digits.Length; i++)
        {
            n = (n * 10) + (digits[i] - '0');
        }

        return n;
    }
}
