namespace Homeward.Intel.Text;

/// <summary>Character tests shared by the normaliser and the extractors.</summary>
internal static class CharClass
{
    public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    public static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    public static bool IsAsciiLetterOrDigit(char c) => IsAsciiLetter(c) || IsAsciiDigit(c);

    /// <summary>Characters removed by normalisation: zero-width spaces and joiners, soft hyphen,
    /// direction marks, variation selectors and the combining keycap (so that 1️⃣ reads as 1).</summary>
    public static bool IsInvisible(int cp) => cp switch
    {
        0x00AD or 0x180E or 0x200B or 0x200C or 0x200D or 0x200E or 0x200F or 0x2060 or 0x2061
            or 0x2062 or 0x2063 or 0x2064 or 0xFEFF or 0x20E3 => true,
        >= 0x202A and <= 0x202E => true,
        >= 0xFE00 and <= 0xFE0F => true,
        >= 0xE0100 and <= 0xE01EF => true,
        _ => false,
    };

    /// <summary>Chinese numerals written inside contact spans (幺 and 两 included), and the financial
    /// forms; the value, or -1.</summary>
    public static int ChineseDigit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' or '幺' or '壹' => 1,
        '二' or '两' or '贰' => 2,
        '三' or '叁' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        _ => -1,
    };

    /// <summary>A character that may separate the digits of a contact number: space, dash, dot,
    /// middle dot, underscore, or a symbol such as an emoji.</summary>
    public static bool IsDigitSeparator(string text, int i)
    {
        var c = text[i];
        return c is ' ' or '-' or '.' or '·' or '_' or '\u2022' || char.IsSurrogate(c) || IsSymbol(c);
    }

    private static bool IsSymbol(char c) =>
        c > 0x2000 && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.OtherSymbol;
}
