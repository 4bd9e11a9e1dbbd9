using System.Collections.Immutable;
using System.Text;

namespace Homeward.Registry.Names;

/// <summary>
/// Normalises Hanyu Pinyin as people type it, so that spellings of the same syllables compare equal:
/// lower case; tone marks (<c>ā á ǎ à</c>) and tone numbers (<c>zhang1</c>) removed; <c>ü</c>,
/// <c>u:</c> and <c>v</c> written <c>v</c>, and after j, q, x, y (where ü is spelt u) written
/// <c>u</c>; syllables split at spaces, hyphens, apostrophes and middle dots. It does not convert
/// characters to pinyin (no such package is on the feed; see docs/registry.md) and it does not split
/// run-together syllables (<c>zhangwei</c> stays one token; compare the compact form for those).
/// </summary>
public static class Pinyin
{
    /// <summary>The syllables (tokens) of a pinyin string, normalised.</summary>
    public static ImmutableArray<string> Syllables(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var tokens = ImmutableArray.CreateBuilder<string>();
        var current = new StringBuilder();
        var lower = text.ToLowerInvariant();
        for (var i = 0; i < lower.Length; i++)
        {
            var c = lower[i];
            if (c == 'u' && i + 1 < lower.Length && lower[i + 1] == ':')
            {
                current.Append('v');
                i++;
                continue;
            }

            var plain = StripTone(c);
            if (plain is >= 'a' and <= 'z')
            {
                current.Append(plain);
            }
            else if (char.IsAsciiDigit(c))
            {
                // Tone numbers (1–5) end a syllable: "zhang1wei4".
                Flush(current, tokens);
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '\'' or '’' or '·' or '.' or ',')
            {
                Flush(current, tokens);
            }
        }

        Flush(current, tokens);
        return tokens.ToImmutable();
    }

    /// <summary>The normalised syllables joined by single spaces: <c>"Zhāng  Wěi"</c> → <c>"zhang wei"</c>.</summary>
    public static string Normalise(string? text) => string.Join(' ', Syllables(text));

    /// <summary>The normalised syllables without separators: <c>"Zhang Wei"</c> → <c>"zhangwei"</c>.</summary>
    public static string Compact(string? text) => string.Concat(Syllables(text));

    private static void Flush(StringBuilder current, ImmutableArray<string>.Builder tokens)
    {
        if (current.Length == 0)
        {
            return;
        }

        var syllable = current.ToString();
        if (syllable.Length > 1 && syllable[0] is 'j' or 'q' or 'x' or 'y' && syllable[1] == 'v')
        {
            // ü is written u after j, q, x and y: "jv" and "ju" are the same syllable.
            syllable = string.Concat(syllable.AsSpan(0, 1), "u", syllable.AsSpan(2));
        }

        tokens.Add(syllable);
        current.Clear();
    }

    private static char StripTone(char c) => c switch
    {
        'ā' or 'á' or 'ǎ' or 'à' or 'â' => 'a',
        'ē' or 'é' or 'ě' or 'è' or 'ê' => 'e',
        'ī' or 'í' or 'ǐ' or 'ì' => 'i',
        'ō' or 'ó' or 'ǒ' or 'ò' => 'o',
        'ū' or 'ú' or 'ǔ' or 'ù' => 'u',
        'ü' or 'ǖ' or 'ǘ' or 'ǚ' or 'ǜ' or 'v' => 'v',
        'ń' or 'ň' or 'ǹ' => 'n',
        'ḿ' => 'm',
        _ => c,
    };
}
