namespace Homeward.Intel.Posts;

/// <summary>A captured post: a forum thread, a comment, a chat message or a web page's text.</summary>
/// <param name="Id">The identifier given by the capture (unique within a batch).</param>
/// <param name="Source">Where it was captured (site, group or export name), if known.</param>
/// <param name="Url">The address of the post, if any.</param>
/// <param name="Author">The author's name or account as shown, if known.</param>
/// <param name="Time">When it was posted, if known.</param>
/// <param name="Text">The text as written; never altered (spans point into it).</param>
public sealed record Post(string Id, string? Source, string? Url, string? Author, DateTimeOffset? Time, string Text);
