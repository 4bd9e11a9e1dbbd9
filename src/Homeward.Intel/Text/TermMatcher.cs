using System.Collections.Frozen;

namespace Homeward.Intel.Text;

/// <summary>
/// Finds every occurrence of a set of terms in a normalised text. Terms are indexed by their first
/// character; at each position the candidates are compared longest first. A term that begins (ends)
/// with an ASCII letter matches only when the character before (after) it is not an ASCII letter, so
/// "sy" does not match inside "easy" nor "baby" inside "baby_home88". Matches may overlap; callers decide what to keep.
/// </summary>
/// <remarks>Most characters of a post start no term, so the inner loop is the test "does a term start
/// with this character": a bit set of 65,536 bits (8 KiB, stays in cache) answers it, and only on a hit is
/// the dictionary of candidates consulted.</remarks>
/// <typeparam name="T">What a term stands for.</typeparam>
internal sealed class TermMatcher<T>
{
    private readonly ulong[] _starts = new ulong[(char.MaxValue + 1) / 64];
    private readonly FrozenDictionary<char, Entry[]> _byFirst;

    public TermMatcher(IEnumerable<(string Term, T Payload)> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        // OrderByDescending is stable: terms of equal length keep their order in the input.
        _byFirst = terms
            .Where(t => t.Term.Length > 0)
            .GroupBy(t => t.Term[0])
            .ToFrozenDictionary(
                g => g.Key,
                g => g.OrderByDescending(t => t.Term.Length).Select(t => new Entry(t.Term, t.Payload)).ToArray());
        foreach (var first in _byFirst.Keys)
        {
            _starts[first >> 6] |= 1UL << (first & 63);
        }
    }

    /// <summary>Calls <paramref name="onMatch"/> for every match, in order of start position, longest first.</summary>
    public void FindAll(string text, Action<int, int, T> onMatch)
    {
        ArgumentNullException.ThrowIfNull(onMatch);
        foreach (var (s, e, p) in FindAll(text))
        {
            onMatch(s, e, p);
        }
    }

    /// <summary>All matches as a list, in order of start position, longest first.</summary>
    public List<(int Start, int End, T Payload)> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var list = new List<(int, int, T)>();
        var span = text.AsSpan();
        var starts = _starts;
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if ((starts[c >> 6] & (1UL << (c & 63))) == 0 || !_byFirst.TryGetValue(c, out var entries))
            {
                continue;
            }

            foreach (var entry in entries)
            {
                var term = entry.Term;
                if (term.Length > span.Length - i || !span.Slice(i, term.Length).SequenceEqual(term))
                {
                    continue;
                }

                var end = i + term.Length;
                if (entry.LetterFirst && i > 0 && IsWordChar(span[i - 1]))
                {
                    continue;
                }

                if (entry.LetterLast && end < span.Length && IsWordChar(span[end]))
                {
                    continue;
                }

                list.Add((i, end, entry.Payload));
            }
        }

        return list;
    }

    private static bool IsWordChar(char c) => CharClass.IsAsciiLetter(c) || c == '_';

    private readonly struct Entry(string term, T payload)
    {
        public string Term { get; } = term;

        public T Payload { get; } = payload;

        public bool LetterFirst { get; } = CharClass.IsAsciiLetter(term[0]);

        public bool LetterLast { get; } = CharClass.IsAsciiLetter(term[^1]);
    }
}
