using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Homeward.Intel.Posts;

namespace Homeward.Data.Evidence;

/// <summary>
/// Posts in JSON Lines as <c>intel scan</c> reads them, with one more field, <c>"evidence"</c>: the SHA-256 of
/// the stored capture the post was read from (scan ignores it; <c>intel export</c> copies the capture).
/// </summary>
internal static class EvidencedPostJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Format(EvidencedPost item)
    {
        var post = item.Post;
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("id", post.Id);
            w.WriteString("source", post.Source);
            w.WriteString("url", post.Url);
            w.WriteString("author", post.Author);
            if (post.Time is { } time)
            {
                w.WriteString("time", time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
            }
            else
            {
                w.WriteNull("time");
            }

            w.WriteString("text", post.Text);
            w.WriteString("evidence", item.Evidence);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads a posts file; the first bad line is reported as <c>file:line: message</c>.</summary>
    public static (List<EvidencedPost>? Posts, string? Error) Read(string path)
    {
        if (!File.Exists(path))
        {
            return (null, $"{path}: file not found");
        }

        var posts = new List<EvidencedPost>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            var result = PostJsonLines.ParseLine(line);
            if (result.Error is not null)
            {
                return (null, $"{path}:{lineNumber}: {result.Error}");
            }

            if (result.Post is null)
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            string? evidence = null;
            if (doc.RootElement.TryGetProperty("evidence", out var value) && value.ValueKind == JsonValueKind.String)
            {
                evidence = value.GetString();
                if (evidence is null || evidence.Length != 64 || !evidence.All(char.IsAsciiHexDigitLower))
                {
                    return (null, $"{path}:{lineNumber}: \"evidence\" must be a SHA-256 in lower-case hex");
                }
            }

            posts.Add(new EvidencedPost(result.Post, evidence));
        }

        return (posts, null);
    }
}
