using Homeward.Intel.Text;

namespace Homeward.Intel.Entities;

/// <summary>
/// Finds WeChat ids after a WeChat keyword (微信, VX, V信, 薇信, wx…): a letter, then 5–19 letters,
/// digits, '_' or '-'. Numbers after the keyword are phones and are left to the number classifier.
/// </summary>
internal static class WeChatScanner
{
    private const int MaxFiller = 4;

    public static (int Start, int End)? IdAfter(string text, int keywordEnd)
    {
        var i = keywordEnd;
        var filler = 0;
        while (i < text.Length && filler < MaxFiller && text[i] is ' ' or ':' or '号' or '是' or '为' or '-' or '/' or '(' or '「' or '【' or '“' or '"')
        {
            i++;
            filler++;
        }

        if (i >= text.Length || !CharClass.IsAsciiLetter(text[i]))
        {
            return null;
        }

        var start = i;
        i++;
        while (i < text.Length && (CharClass.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '-'))
        {
            i++;
        }

        while (i > start && text[i - 1] == '-')
        {
            i--;
        }

        var length = i - start;
        if (length is < 6 or > 20 || (i < text.Length && text[i] is '@' or '.' && i + 1 < text.Length && CharClass.IsAsciiLetterOrDigit(text[i + 1])))
        {
            return null;
        }

        return (start, i);
    }
}
