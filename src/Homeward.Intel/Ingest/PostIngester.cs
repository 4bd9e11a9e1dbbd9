namespace Homeward.Intel.Ingest;

/// <summary>Reads the posts of a captured file in a known format, from its bytes as captured.</summary>
public static class PostIngester
{
    /// <summary>Decodes <paramref name="bytes"/> and reads them as <paramref name="format"/>.</summary>
    public static IngestResult Read(IngestFormat format, ReadOnlySpan<byte> bytes, CaptureSource capture)
    {
        ArgumentNullException.ThrowIfNull(capture);
        if (format == IngestFormat.Html)
        {
            return HtmlPageParser.ToPosts(HtmlPageParser.Parse(bytes, capture), capture);
        }

        var (text, error) = TextDecoder.Decode(bytes);
        if (text is null)
        {
            return IngestResult.Failure(0, error!);
        }

        return format switch
        {
            IngestFormat.JsonLines => JsonLinesIngest.Parse(text, capture),
            IngestFormat.ChatLog => ChatLogParser.Parse(text, capture),
            IngestFormat.TelegramJson => TelegramExportParser.Parse(text, capture),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown format"),
        };
    }
}
