using System.Text.Json;

namespace Homeward.Search.JsonLines;

/// <summary>
/// Reads one line of JSON Lines profiles (DESIGN.md §4) from its UTF-8 bytes with one pass of a
/// <see cref="Utf8JsonReader"/>: no string per line, no document. It only reads — the readers of
/// the search and of the database import apply their rules to what it returns. What is not one JSON
/// object is refused with the message <c>JsonDocument</c> gives (<c>not valid JSON: …</c>, a property
/// given twice in any object included, or <c>each line must be a JSON object</c>). Not thread-safe:
/// one parser per thread; the line it returns is reused by its next call.
/// </summary>
public sealed class JsonProfileLineParser
{
    /// <summary>The message for a line that is valid JSON but not an object.</summary>
    public const string NotAnObject = "each line must be a JSON object";

    private readonly Utf8StringPool _pool = new();
    private readonly JsonProfileLine _line = new();
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _markers = new(StringComparer.Ordinal);
    private string? _duplicate;

    private enum Field
    {
        Id,
        Report,
        Role,
        Sex,
        Lab,
        Kit,
        Loci,
        Other,
    }

    /// <summary>Reads one line (its bytes, without the line break; not blank).</summary>
    public JsonProfileLine Parse(ReadOnlyMemory<byte> bytes)
    {
        var line = _line;
        line.Reset(bytes);
        _duplicate = null;
        try
        {
            var reader = new Utf8JsonReader(bytes.Span);
            reader.Read();
            var isObject = reader.TokenType == JsonTokenType.StartObject;
            if (isObject)
            {
                ReadObject(ref reader, line);
            }
            else
            {
                Skip(ref reader);
            }

            while (reader.Read())
            {
                // only throws: anything after the value is an error
            }

            line.Error = _duplicate is not null ? Invalid($"Duplicate property '{_duplicate}' encountered during deserialization.")
                : isObject ? null
                : NotAnObject;
        }
        catch (JsonException e)
        {
            line.Error = Invalid(e.Message);
        }
        catch (InvalidOperationException e)
        {
            line.Error = Invalid(e.Message); // a string that is not valid UTF-8
        }

        return line;
    }

    private static string Invalid(string message) => $"not valid JSON: {message}";

    private void ReadObject(ref Utf8JsonReader reader, JsonProfileLine line)
    {
        _names.Clear();
        var seen = 0;
        string? duplicate = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = Name(ref reader);
            if (field == Field.Other)
            {
                duplicate ??= Repeated(_names, reader.GetString()!);
            }
            else if ((seen & (1 << (int)field)) != 0)
            {
                duplicate ??= reader.GetString();
            }

            seen |= 1 << (int)field;
            reader.Read();
            switch (field)
            {
                case Field.Id:
                    line.Id = Value(ref reader, pooled: false);
                    break;
                case Field.Report:
                    line.Report = Value(ref reader, pooled: false);
                    break;
                case Field.Role:
                    line.Role = Value(ref reader, pooled: true);
                    break;
                case Field.Sex:
                    line.Sex = Value(ref reader, pooled: true);
                    break;
                case Field.Lab:
                    line.Lab = Value(ref reader, pooled: true);
                    break;
                case Field.Kit:
                    line.Kit = Value(ref reader, pooled: true);
                    break;
                case Field.Loci:
                    ReadLoci(ref reader, line);
                    break;
                default:
                    Skip(ref reader);
                    break;
            }
        }

        _duplicate ??= duplicate; // an object's duplicate counts when it closes, as JsonDocument finds them
    }

    private static Field Name(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("id"u8) ? Field.Id
        : reader.ValueTextEquals("report"u8) ? Field.Report
        : reader.ValueTextEquals("role"u8) ? Field.Role
        : reader.ValueTextEquals("sex"u8) ? Field.Sex
        : reader.ValueTextEquals("loci"u8) ? Field.Loci
        : reader.ValueTextEquals("lab"u8) ? Field.Lab
        : reader.ValueTextEquals("kit"u8) ? Field.Kit
        : Field.Other;

    private void ReadLoci(ref Utf8JsonReader reader, JsonProfileLine line)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            line.Loci = Value(ref reader, pooled: false);
            return;
        }

        var start = (int)reader.TokenStartIndex;
        _markers.Clear();
        string? duplicate = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = _pool.String(ref reader);
            duplicate ??= Repeated(_markers, name);
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                line.Add(new JsonLineMarker(name, Value(ref reader, pooled: false), 0, default, default));
                continue;
            }

            var arrayStart = (int)reader.TokenStartIndex;
            var (count, first, second) = (0, default(JsonLineValue), default(JsonLineValue));
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var allele = Value(ref reader, pooled: true);
                (first, second) = count switch
                {
                    0 => (allele, second),
                    1 => (first, allele),
                    _ => (first, second),
                };
                count++;
            }

            line.Add(new JsonLineMarker(name, new JsonLineValue(JsonTokenType.StartArray, null, arrayStart, End(ref reader) - arrayStart), count, first, second));
        }

        _duplicate ??= duplicate;
        line.Loci = new JsonLineValue(JsonTokenType.StartObject, null, start, End(ref reader) - start);
    }

    /// <summary>The value at the reader (containers skipped, their properties checked for duplicates).</summary>
    private JsonLineValue Value(ref Utf8JsonReader reader, bool pooled)
    {
        var token = reader.TokenType;
        var start = (int)reader.TokenStartIndex;
        string? text = null;
        switch (token)
        {
            case JsonTokenType.String:
                text = pooled ? _pool.String(ref reader) : reader.GetString();
                break;
            case JsonTokenType.Number when pooled:
                text = _pool.Written(ref reader);
                break;
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                Skip(ref reader);
                break;
        }

        return new JsonLineValue(token, text, start, End(ref reader) - start);
    }

    private static int End(ref Utf8JsonReader reader) => (int)reader.BytesConsumed;

    /// <summary>Skips the value at the reader, noting a property given twice in any object within (the first object to close with one).</summary>
    private void Skip(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.StartArray)
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                Skip(ref reader);
            }
        }
        else if (reader.TokenType == JsonTokenType.StartObject)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            string? duplicate = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                duplicate ??= Repeated(names, reader.GetString()!);
                reader.Read();
                Skip(ref reader);
            }

            _duplicate ??= duplicate;
        }
    }

    /// <summary>The name when an object already had it, else null (and the name is noted).</summary>
    private static string? Repeated(HashSet<string> names, string name) => names.Add(name) ? null : name;
}
