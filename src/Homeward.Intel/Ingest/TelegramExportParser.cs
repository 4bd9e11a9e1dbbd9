using System.Globalization;
using System.Text;
using System.Text.Json;
using Homeward.Intel.Posts;

namespace Homeward.Intel.Ingest;

/// <summary>
/// Reads Telegram Desktop's JSON export of one chat: <c>{"name", "type", "id", "messages": [{"id", "type",
/// "date", "date_unixtime", "from", "from_id", "text"}]}</c>, where <c>text</c> is a string or an array of
/// strings and entity objects <c>{"type", "text"}</c>. One post per message with text (service messages
/// and empty ones are skipped); the author is <c>from_id</c> (else <c>from</c>), the source the chat's name,
/// the time <c>date_unixtime</c> (UTC) or else <c>date</c> in the capture's local offset. Errors name the
/// line where the message starts.
/// </summary>
public static class TelegramExportParser
{
    /// <summary>Reads a whole export.</summary>
    public static IngestResult Parse(string text, CaptureSource capture)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(capture);
        var utf8 = Encoding.UTF8.GetBytes(text);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8);
        }
        catch (JsonException e)
        {
            return IngestResult.Failure((int)(e.LineNumber ?? 0) + 1, "invalid JSON: " + e.Message);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array)
            {
                return IngestResult.Failure(1, "not a Telegram chat export: expected an object with a \"messages\" array");
            }

            var chat = root.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null;
            var lines = JsonLines.MessageStartLines(utf8);
            var posts = new List<Post>();
            var errors = new List<IngestError>();
            var index = 0;
            foreach (var message in messages.EnumerateArray())
            {
                var line = index < lines.Count ? lines[index] : 0;
                index++;
                var (post, error) = ReadMessage(message, chat ?? capture.Name, capture, posts.Count + 1);
                if (error is not null)
                {
                    errors.Add(new IngestError(line, $"messages[{index - 1}]: {error}"));
                }
                else if (post is not null)
                {
                    posts.Add(post);
                }
            }

            return new IngestResult(posts, errors);
        }
    }

    private static (Post? Post, string? Error) ReadMessage(JsonElement message, string source, CaptureSource capture, int n)
    {
        if (message.ValueKind != JsonValueKind.Object)
        {
            return (null, "a message must be a JSON object");
        }

        if (message.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() != "message")
        {
            return (null, null);
        }

        if (!message.TryGetProperty("text", out var textElement))
        {
            return (null, "missing \"text\"");
        }

        var (text, textError) = ReadText(textElement);
        if (textError is not null)
        {
            return (null, textError);
        }

        var (time, timeError) = ReadTime(message, capture.Offset);
        if (timeError is not null)
        {
            return (null, timeError);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        var author = StringOf(message, "from_id") ?? StringOf(message, "from");
        return (new Post(capture.PostId(n), source, capture.Url, author, time, text), null);
    }

    private static (string? Text, string? Error) ReadText(JsonElement text)
    {
        if (text.ValueKind == JsonValueKind.String)
        {
            return (text.GetString(), null);
        }

        if (text.ValueKind != JsonValueKind.Array)
        {
            return (null, "\"text\" must be a string or an array of strings and entities");
        }

        var sb = new StringBuilder();
        foreach (var part in text.EnumerateArray())
        {
            if (part.ValueKind == JsonValueKind.String)
            {
                sb.Append(part.GetString());
            }
            else if (part.ValueKind == JsonValueKind.Object && part.TryGetProperty("text", out var partText) && partText.ValueKind == JsonValueKind.String)
            {
                sb.Append(partText.GetString());
            }
            else
            {
                return (null, "each part of \"text\" must be a string or an entity {\"type\", \"text\"}");
            }
        }

        return (sb.ToString(), null);
    }

    private static (DateTimeOffset? Time, string? Error) ReadTime(JsonElement message, TimeSpan offset)
    {
        if (StringOf(message, "date_unixtime") is { } unix)
        {
            return long.TryParse(unix, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= 253402300799
                ? (DateTimeOffset.FromUnixTimeSeconds(seconds), null)
                : (null, $"\"date_unixtime\" is not a number of seconds: '{unix}'");
        }

        if (StringOf(message, "date") is { } date)
        {
            return DateTime.TryParseExact(date, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
                ? (new DateTimeOffset(local, offset), null)
                : (null, $"\"date\" is not a date and time as yyyy-MM-ddTHH:mm:ss: '{date}'");
        }

        return (null, null);
    }

    private static string? StringOf(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
