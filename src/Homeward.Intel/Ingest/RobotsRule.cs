namespace Homeward.Intel.Ingest;

/// <summary>An <c>Allow</c> or <c>Disallow</c> line of robots.txt: a path pattern where <c>*</c> matches any characters and a final <c>$</c> the end.</summary>
/// <param name="Allow">Whether the rule allows.</param>
/// <param name="Pattern">The pattern as written.</param>
internal sealed record RobotsRule(bool Allow, string Pattern)
{
    /// <summary>Whether the pattern matches <paramref name="path"/> (path and query) from its start.</summary>
    public bool Matches(string path)
    {
        var anchored = Pattern.EndsWith('$');
        var pattern = anchored ? Pattern[..^1] : Pattern;
        return Match(pattern, 0, path, 0, anchored);
    }

    private static bool Match(string pattern, int p, string path, int s, bool anchored)
    {
        while (p < pattern.Length)
        {
            if (pattern[p] == '*')
            {
                while (p < pattern.Length && pattern[p] == '*')
                {
                    p++;
                }

                if (p == pattern.Length)
                {
                    return true;
                }

                for (var k = s; k <= path.Length; k++)
                {
                    if (Match(pattern, p, path, k, anchored))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (s >= path.Length || pattern[p] != path[s])
            {
                return false;
            }

            p++;
            s++;
        }

        return !anchored || s == path.Length;
    }
}
