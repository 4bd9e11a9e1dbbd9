using Homeward.Intel.Text;

namespace Homeward.Intel.Entities;

/// <summary>Finds e-mail addresses (local@domain.tld) in normalised text.</summary>
internal static class EmailScanner
{
    public static List<(int Start, int End)> Scan(string text)
    {
        var found = new List<(int, int)>();
        var from = 0;
        while (from < text.Length)
        {
            var at = text.IndexOf('@', from);
            if (at < 0)
            {
                break;
            }

            from = at + 1;
            var s = at;
            while (s > 0 && IsLocal(text[s - 1]))
            {
                s--;
            }

            while (s < at && text[s] is '.' or '-' or '+')
            {
                s++;
            }

            var e = at + 1;
            var lastDot = -1;
            while (e < text.Length && (CharClass.IsAsciiLetterOrDigit(text[e]) || text[e] is '.' or '-'))
            {
                if (text[e] == '.')
                {
                    lastDot = e;
                }

                e++;
            }

            while (e > at + 1 && text[e - 1] is '.' or '-')
            {
                e--;
            }

            if (s == at || lastDot < 0 || lastDot >= e - 2)
            {
                continue;
            }

            var tldOk = true;
            for (var k = lastDot + 1; k < e; k++)
            {
                tldOk &= CharClass.IsAsciiLetter(text[k]);
            }

            if (tldOk && lastDot > at + 1)
            {
                found.Add((s, e));
                from = e;
            }
        }

        return found;
    }

    private static bool IsLocal(char c) => CharClass.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';
}
