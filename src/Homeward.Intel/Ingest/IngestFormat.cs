namespace Homeward.Intel.Ingest;

/// <summary>The formats of captured files that <see cref="PostIngester"/> reads.</summary>
public enum IngestFormat
{
    /// <summary>Posts in JSON Lines, <c>{"id","source","url","author","time","text"}</c> a line.</summary>
    JsonLines,

    /// <summary>A saved or fetched HTML page: one post, its main text.</summary>
    Html,

    /// <summary>A QQ or WeChat-style text log: <c>date time nickname(id)</c> (or <c>nickname &lt;id&gt;</c>) and message lines.</summary>
    ChatLog,

    /// <summary>Telegram Desktop's JSON export of a chat (<c>result.json</c>).</summary>
    TelegramJson,
}
