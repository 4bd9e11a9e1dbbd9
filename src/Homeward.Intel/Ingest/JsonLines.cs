using System.Text.Json;

namespace Homeward.Intel.Ingest;

/// <summary>Where things start in a JSON text, as 1-based line numbers (a parsed document keeps no positions).</summary>
internal static class JsonLines
{
    /// <summary>The line of each element of the root object's <c>"messages"</c> array, in order.</summary>
    public static IReadOnlyList<int> MessageStartLines(ReadOnlySpan<byte> utf8)
    {
        var starts = new List<int>();
        var reader = new Utf8JsonReader(utf8);
        var line = 1;
        var counted = 0L;
        var inMessages = false;
        while (reader.Read())
        {
            if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
            {
                inMessages = reader.ValueTextEquals("messages"u8);
                continue;
            }

            if (inMessages && reader.CurrentDepth == 2 && reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray))
            {
                var at = reader.TokenStartIndex;
                line += utf8[(int)counted..(int)at].Count((byte)'\n');
                counted = at;
                starts.Add(line);
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    reader.Skip();
                }
            }
        }

        return starts;
    }
}
