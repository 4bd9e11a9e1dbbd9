using System.Text;
using System.Text.Json;

namespace Homeward.Search.JsonLines;

/// <summary>
/// The strings one parser has already made from UTF-8 (marker names, allele texts, roles): a file
/// repeats a few dozen of them millions of times, so each is allocated once. Bounded: past the
/// limit, new texts are allocated and not kept.
/// </summary>
internal sealed class Utf8StringPool
{
    private const int Limit = 10_000;
    private const int MaxChars = 128;
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Utf8StringPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The current string or property name, unescaped.</summary>
    public string String(ref Utf8JsonReader reader)
    {
        if (reader.ValueSpan.Length > MaxChars)
        {
            return reader.GetString()!;
        }

        Span<char> chars = stackalloc char[MaxChars];
        return Get(chars[..reader.CopyString(chars)]);
    }

    /// <summary>The current token's bytes as written (a number).</summary>
    public string Written(ref Utf8JsonReader reader)
    {
        var bytes = reader.ValueSpan;
        if (bytes.Length > MaxChars)
        {
            return Encoding.UTF8.GetString(bytes);
        }

        Span<char> chars = stackalloc char[MaxChars];
        return Get(chars[..Encoding.UTF8.GetChars(bytes, chars)]);
    }

    private string Get(ReadOnlySpan<char> chars)
    {
        if (_lookup.TryGetValue(chars, out var text))
        {
            return text;
        }

        text = chars.ToString();
        if (_strings.Count < Limit)
        {
            _strings.Add(text, text);
        }

        return text;
    }
}
