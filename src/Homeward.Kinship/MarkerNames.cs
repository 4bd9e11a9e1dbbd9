namespace Homeward.Kinship;

/// <summary>
/// Marker names as labs and tables spell them (<c>vWA</c>, <c>VWA</c>, <c>Penta E</c>, <c>PENTA_E</c>,
/// <c>TH01</c>, <c>THO1</c>) reduced to one key, so that a profile and a table written by different
/// software still meet.
/// </summary>
public static class MarkerNames
{
    private static readonly Dictionary<string, string> Synonyms = new(StringComparer.Ordinal)
    {
        ["THO1"] = "TH01",
        ["FIBRA"] = "FGA",
        ["FIBRAFGA"] = "FGA",
        ["ACTBP2"] = "SE33",
        ["ACTBP2SE33"] = "SE33",
        ["AMELOGENIN"] = "AMEL",
        ["F13A1"] = "F13A01",
        ["FES"] = "FESFPS",
    };

    /// <summary>
    /// The comparison key of a marker name: upper case, letters and digits only, common synonyms
    /// folded (<c>THO1</c> → <c>TH01</c>, <c>FIBRA</c> → <c>FGA</c>).
    /// </summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Span<char> buffer = stackalloc char[Math.Min(name.Length, 256)];
        var length = 0;
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c) && length < buffer.Length)
            {
                buffer[length++] = char.ToUpperInvariant(c);
            }
        }

        var key = new string(buffer[..length]);
        return Synonyms.TryGetValue(key, out var folded) ? folded : key;
    }
}
