using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Homeward.Intel.Posts;

/// <summary>
/// Reads posts in JSON Lines: one object a line,
/// <c>{"id", "source", "url", "author", "time", "text"}</c>; id and text are required, time is ISO 8601.
/// Other fields are ignored (the shipped corpus adds its labels).
/// </summary>
public static class PostJsonLines
{
    // Strict, as the transcoding inside JsonDocument.Parse(string): invalid UTF-16 throws, and the line
    // then goes to the JsonDocument path, which reports it as it always did.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Parses one line.</summary>
    public static PostReadResult ParseLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (string.IsNullOrWhiteSpace(line))
        {
            return PostReadResult.Blank;
        }

        if (TryParseFast(line) is { } fast)
        {
            return fast;
        }

        try
        {
            using var doc = JsonDocument.Parse(line);
            return FromElement(doc.RootElement);
        }
        catch (JsonException e)
        {
            return PostReadResult.Failure("invalid JSON: " + e.Message);
        }
    }

    /// <summary>Reads a post from a parsed JSON object.</summary>
    public static PostReadResult FromElement(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return PostReadResult.Failure("expected a JSON object");
        }

        var id = ReadString(root, "id", out var idError);
        if (idError is not null)
        {
            return PostReadResult.Failure(idError);
        }

        if (string.IsNullOrEmpty(id))
        {
            return PostReadResult.Failure("missing \"id\"");
        }

        var text = ReadString(root, "text", out var textError);
        if (textError is not null)
        {
            return PostReadResult.Failure(textError);
        }

        if (text is null)
        {
            return PostReadResult.Failure("missing \"text\"");
        }

        var source = ReadString(root, "source", out var error) ?? null;
        var url = error is null ? ReadString(root, "url", out error) : null;
        var author = error is null ? ReadString(root, "author", out error) : null;
        var timeText = error is null ? ReadString(root, "time", out error) : null;
        if (error is not null)
        {
            return PostReadResult.Failure(error);
        }

        DateTimeOffset? time = null;
        if (timeText is not null)
        {
            if (!DateTimeOffset.TryParse(timeText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t))
            {
                return PostReadResult.Failure($"\"time\" is not an ISO 8601 date and time: '{Shorten(timeText)}'");
            }

            time = t;
        }

        return PostReadResult.Success(new Post(id, source, url, author, time, text));
    }

    /// <summary>
    /// The common line read with a <see cref="Utf8JsonReader"/> and no document: an object whose known
    /// fields are strings or null (or a number for id), each at most once. Anything else (invalid JSON,
    /// another type, a repeated field, invalid UTF-16) returns null and the line goes through
    /// <see cref="JsonDocument"/> and <see cref="FromElement"/>, so results and messages are unchanged.
    /// </summary>
    private static PostReadResult? TryParseFast(string line)
    {
        byte[]? rented = null;
        try
        {
            var max = StrictUtf8.GetMaxByteCount(line.Length);
            var buffer = max <= 1024 ? stackalloc byte[1024] : (rented = ArrayPool<byte>.Shared.Rent(max));
            var length = StrictUtf8.GetBytes(line, buffer);
            return ReadFast(buffer[..length]);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            return null;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static PostReadResult? ReadFast(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        string? id = null, text = null, source = null, url = null, author = null, time = null;
        var seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = reader.ValueTextEquals("id"u8) ? 1
                : reader.ValueTextEquals("text"u8) ? 2
                : reader.ValueTextEquals("source"u8) ? 4
                : reader.ValueTextEquals("url"u8) ? 8
                : reader.ValueTextEquals("author"u8) ? 16
                : reader.ValueTextEquals("time"u8) ? 32
                : 0;
            if (!reader.Read())
            {
                return null;
            }

            if (field == 0)
            {
                reader.Skip();
                continue;
            }

            if ((seen & field) != 0)
            {
                return null;
            }

            seen |= field;
            string? value;
            if (reader.TokenType == JsonTokenType.Null)
            {
                value = null;
            }
            else if (reader.TokenType == JsonTokenType.String)
            {
                value = reader.GetString();
            }
            else if (field == 1 && reader.TokenType == JsonTokenType.Number && !reader.HasValueSequence)
            {
                value = Encoding.UTF8.GetString(reader.ValueSpan);
            }
            else
            {
                return null;
            }

            switch (field)
            {
                case 1: id = value; break;
                case 2: text = value; break;
                case 4: source = value; break;
                case 8: url = value; break;
                case 16: author = value; break;
                default: time = value; break;
            }
        }

        if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            return null;
        }

        if (string.IsNullOrEmpty(id))
        {
            return PostReadResult.Failure("missing \"id\"");
        }

        if (text is null)
        {
            return PostReadResult.Failure("missing \"text\"");
        }

        DateTimeOffset? at = null;
        if (time is not null)
        {
            if (!DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t))
            {
                return PostReadResult.Failure($"\"time\" is not an ISO 8601 date and time: '{Shorten(time)}'");
            }

            at = t;
        }

        return PostReadResult.Success(new Post(id, source, url, author, at, text));
    }

    private static string? ReadString(JsonElement root, string name, out string? error)
    {
        error = null;
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        if (name == "id" && value.ValueKind == JsonValueKind.Number)
        {
            return value.GetRawText();
        }

        error = $"\"{name}\" must be a string";
        return null;
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
