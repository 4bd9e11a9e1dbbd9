using System.Collections.Frozen;

namespace Homeward.Intel.Text;

/// <summary>
/// Finds every occurrence of a set of terms in a normalised text. Terms are indexed by their first
/// character; at each position the candidates are compared longest first. A term that begins (ends)
/// with an ASCII letter matches only when the character before (after) it is not an ASCII letter, so
/// "sy" does not match inside "easy" nor "baby" inside "baby_home88". Matches may overlap; callers decide what to keep.
/// </summary>
/// <typeparam name="T">What a term stands for.</typeparam>
internal sealed class TermMatcher<T>
{
    private readonly FrozenDictionary<char, Entry[]> _byFirst;

    public TermMatcher(IEnumerable<(string Term, T Payload)> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        _byFirst = terms
            .Where(t => t.Term.Length > 0)
            .GroupBy(t => t.Term[0])
            .ToFrozenDictionary(
                g => g.Key,
                g => g.OrderByDescending(t => t.Term.Length).Select(t => new Entry(t.Term, t.Payload)).ToArray());
    }

    /// <summary>Calls <paramref name="onMatch"/> for every match, in order of start position, longest first.</summary>
    public void FindAll(string text, Action<int, int, T> onMatch)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(onMatch);
        var span = text.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            if (!_byFirst.TryGetValue(span[i], out var entries))
            {
                continue;
            }

            foreach (var entry in entries)
            {
                var term = entry.Term;
                if (!span[i..].StartsWith(term, StringComparison.Ordinal))
                {
                    continue;
                }

                var end = i + term.Length;
                if (CharClass.IsAsciiLetter(term[0]) && i > 0 && IsWordChar(span[i - 1]))
                {
                    continue;
                }

                if (CharClass.IsAsciiLetter(term[^1]) && end < span.Length && IsWordChar(span[end]))
                {
                    continue;
                }

                onMatch(i, end, entry.Payload);
            }
        }
    }

    /// <summary>All matches as a list.</summary>
    public List<(int Start, int End, T Payload)> FindAll(string text)
    {
        var list = new List<(int, int, T)>();
        FindAll(text, (s, e, p) => list.Add((s, e, p)));
        return list;
    }

    private static bool IsWordChar(char c) => CharClass.IsAsciiLetter(c) || c == '_';

    private sealed record Entry(string Term, T Payload);
}
