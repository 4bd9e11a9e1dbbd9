namespace Homeward.Intel.Ingest;

/// <summary>Splits text into lines (\n, \r\n or \r), keeping nothing of the line breaks.</summary>
internal static class LineReader
{
    public static IEnumerable<string> Lines(string text)
    {
        using var reader = new StringReader(text);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }
}
