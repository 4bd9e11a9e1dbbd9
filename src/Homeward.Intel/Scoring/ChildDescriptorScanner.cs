using System.Globalization;
using System.Text.RegularExpressions;
using Homeward.Intel.Text;

namespace Homeward.Intel.Scoring;

/// <summary>Finds the age of the child offered: 出生8天, 八天大, 3个月, 满月, 刚出生, "2 weeks old", "newborn".</summary>
internal static partial class ChildDescriptorScanner
{
    public static IEnumerable<(int Start, int End, string Detail)> Scan(string text)
    {
        // Every match of AgeChinese holds its unit (天, 周, 月) and every match of AgeEnglish the word
        // "old": a post without them (most posts) skips the regex and its match collection.
        var chineseUnits = text.AsSpan().IndexOfAny('天', '周', '月') >= 0;
        var old = text.Contains("old", StringComparison.Ordinal);
        foreach (Match m in chineseUnits ? AgeChinese().Matches(text) : Enumerable.Empty<Match>())
        {
            var number = m.Groups["n"].Value;
            long? n = CharClass.IsAsciiDigit(number[0])
                ? long.Parse(number, CultureInfo.InvariantCulture)
                : ChineseNumber.Parse(number);
            if (n is null or > 400)
            {
                continue;
            }

            var unit = m.Groups["u"].Value;
            yield return (m.Index, m.Index + m.Length, unit switch
            {
                "天" => $"age-days:{n}",
                "周" => $"age-days:{n * 7}",
                _ => $"age-months:{n}",
            });
        }

        foreach (Match m in old ? AgeEnglish().Matches(text) : Enumerable.Empty<Match>())
        {
            var n = long.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            var unit = m.Groups["u"].Value;
            yield return (m.Index, m.Index + m.Length, unit switch
            {
                "day" => $"age-days:{n}",
                "week" => $"age-days:{n * 7}",
                _ => $"age-months:{n}",
            });
        }

        foreach (Match m in AgeWords().Matches(text))
        {
            yield return (m.Index, m.Index + m.Length, m.Value == "满月" ? "age-days:30" : "age-days:0");
        }
    }

    [GeneratedRegex(@"(?:出生(?:才|刚)?(?<n>[0-9]{1,3}|[一二三四五六七八九十两]{1,3})(?:个)?(?<u>天|周|月))|(?:(?<n>[0-9]{1,2}|[一二三四五六七八九十两]{1,3})(?<u>天|周|个月)大)", RegexOptions.CultureInvariant)]
    private static partial Regex AgeChinese();

    [GeneratedRegex(@"\b(?<n>[0-9]{1,2})[ -]?(?<u>day|week|month)s?[ -]old\b", RegexOptions.CultureInvariant)]
    private static partial Regex AgeEnglish();

    [GeneratedRegex("满月|刚出生|newborn", RegexOptions.CultureInvariant)]
    private static partial Regex AgeWords();
}
