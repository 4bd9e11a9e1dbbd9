using System.Text;

namespace Homeward.Intel.Ingest;

/// <summary>
/// Tells a captured file's format: by its extension (<c>.jsonl</c>/<c>.ndjson</c>, <c>.html</c>/<c>.htm</c>,
/// <c>.txt</c>/<c>.log</c>, <c>.json</c>) or, for other names, by its first characters (markup, a JSON object
/// with <c>"messages"</c>, one JSON object a line, or a chat header line). The media type of a fetched page
/// (<c>text/html</c>) decides before both.
/// </summary>
public static class IngestFormatDetector
{
    private const int Sniff = 4096;

    /// <summary>Whether a media type (with or without parameters) is an HTML page.</summary>
    public static bool IsHtmlMediaType(string mediaType)
    {
        ArgumentNullException.ThrowIfNull(mediaType);
        return mediaType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase)
            || mediaType.StartsWith("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The format, or null when it cannot be told.</summary>
    public static IngestFormat? Detect(string fileName, ReadOnlySpan<byte> bytes, string? mediaType = null)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (mediaType is not null && IsHtmlMediaType(mediaType))
        {
            return IngestFormat.Html;
        }

        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        switch (extension)
        {
            case ".jsonl" or ".ndjson":
                return IngestFormat.JsonLines;
            case ".html" or ".htm" or ".xhtml":
                return IngestFormat.Html;
            case ".txt" or ".log":
                return IngestFormat.ChatLog;
            case ".json":
                return IngestFormat.TelegramJson;
            default:
                break;
        }

        var (text, _) = TextDecoder.Decode(bytes[..Math.Min(bytes.Length, Sniff)]);
        var head = (text ?? Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, Sniff)])).TrimStart();
        if (head.StartsWith('<'))
        {
            return IngestFormat.Html;
        }

        if (head.StartsWith('{'))
        {
            var firstLine = head.Split('\n')[0].TrimEnd();
            return firstLine.EndsWith('}') ? IngestFormat.JsonLines : IngestFormat.TelegramJson;
        }

        return head.Length > 0 && char.IsAsciiDigit(head[0]) || head.StartsWith("消息记录", StringComparison.Ordinal)
            ? IngestFormat.ChatLog
            : null;
    }
}
