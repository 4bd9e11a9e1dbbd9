namespace Homeward.Intel.Text;

/// <summary>
/// A post's text after normalisation, with a map from every normalised character back to the span of
/// the original text it came from, so that every hit can be shown in the original (kept as evidence).
/// </summary>
internal sealed class NormalisedText
{
    private readonly int[] _starts;
    private readonly int[] _ends;

    public NormalisedText(string original, string text, int[] starts, int[] ends)
    {
        Original = original;
        Text = text;
        _starts = starts;
        _ends = ends;
    }

    /// <summary>The text as written.</summary>
    public string Original { get; }

    /// <summary>The normalised text: NFKC, ASCII lower case, no zero-width characters, numerals in digit runs as ASCII digits.</summary>
    public string Text { get; }

    // starts[i] and ends[i] for i below Text.Length; the arrays may be longer.

    /// <summary>Maps the normalised span [start, end) to the original span it came from.</summary>
    public (int Start, int End) ToOriginal(int start, int end)
    {
        if (start >= end)
        {
            var at = start < Text.Length ? _starts[start] : Original.Length;
            return (at, at);
        }

        return (_starts[start], _ends[end - 1]);
    }

    /// <summary>The original characters behind the normalised span [start, end).</summary>
    public string OriginalSlice(int start, int end)
    {
        var (s, e) = ToOriginal(start, end);
        return Original[s..e];
    }
}
