using System.Globalization;
using System.Text.Json;

namespace Homeward.Intel.Posts;

/// <summary>
/// Reads posts in JSON Lines: one object a line,
/// <c>{"id", "source", "url", "author", "time", "text"}</c>; id and text are required, time is ISO 8601.
/// Other fields are ignored (the shipped corpus adds its labels).
/// </summary>
public static class PostJsonLines
{
    /// <summary>Parses one line.</summary>
    public static PostReadResult ParseLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (string.IsNullOrWhiteSpace(line))
        {
            return PostReadResult.Blank;
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
