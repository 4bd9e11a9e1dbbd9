using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Homeward.Data.Evidence;

/// <summary>
/// One line of an evidence store's <c>manifest.jsonl</c>: a capture of bytes whose SHA-256 names the
/// stored object. A capture of bytes already stored adds a line of its own (the same object, another
/// source or time).
/// </summary>
/// <param name="Sha256">Lower-case hex SHA-256 of the bytes.</param>
/// <param name="Source">Where the bytes came from: the URL fetched, or the path of the file read.</param>
/// <param name="CapturedAt">When they were captured (UTC).</param>
/// <param name="MediaType">Their media type (<c>text/html</c>, <c>application/json</c>, …).</param>
/// <param name="Size">Their length in bytes.</param>
/// <param name="Tool">The tool and version that captured them.</param>
internal sealed record EvidenceEntry(string Sha256, string Source, DateTimeOffset CapturedAt, string MediaType, long Size, string Tool)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The manifest line (no line break).</summary>
    public string ToJsonLine() => JsonSerializer.Serialize(
        new
        {
            sha256 = Sha256,
            source = Source,
            capturedAt = CapturedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            mediaType = MediaType,
            size = Size,
            tool = Tool,
        },
        Json);

    /// <summary>Reads a manifest line; null with a message when it is not one.</summary>
    public static (EvidenceEntry? Entry, string? Error) FromJsonLine(string line)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, "expected a JSON object");
            }

            var sha = Text(root, "sha256");
            if (sha is null || sha.Length != 64 || !sha.All(char.IsAsciiHexDigitLower))
            {
                return (null, "\"sha256\" must be 64 lower-case hex digits");
            }

            if (!root.TryGetProperty("size", out var size) || !size.TryGetInt64(out var bytes) || bytes < 0)
            {
                return (null, "\"size\" must be a whole number of bytes");
            }

            if (!DateTimeOffset.TryParse(Text(root, "capturedAt"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                return (null, "\"capturedAt\" must be an ISO 8601 time");
            }

            return (new EvidenceEntry(sha, Text(root, "source") ?? "", at, Text(root, "mediaType") ?? "", bytes, Text(root, "tool") ?? ""), null);
        }
        catch (JsonException e)
        {
            return (null, "invalid JSON: " + e.Message);
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
