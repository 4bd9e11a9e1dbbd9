namespace Homeward.Intel.Ingest;

/// <summary>What a page says: its title, the text of its main content, author and time when it gives them, and its links.</summary>
/// <param name="Title">The <c>&lt;title&gt;</c> (else the first heading), whitespace collapsed; empty when none.</param>
/// <param name="Text">The main content's text, one line per block, scripts and styles dropped.</param>
/// <param name="Author">The author from <c>meta name=author</c>, <c>itemprop=author</c>, <c>rel=author</c> or <c>.author</c>.</param>
/// <param name="Time">The publication time from <c>article:published_time</c>, <c>itemprop=datePublished</c> or the first <c>&lt;time datetime&gt;</c>.</param>
/// <param name="Links">Every <c>a[href]</c> of the page, in document order (not only the main content's).</param>
/// <param name="Url">The page's own address: the capture's, else its <c>link rel=canonical</c>, <c>og:url</c>, or the
/// browser's <c>&lt;!-- saved from url=(NNNN)… --&gt;</c> mark.</param>
public sealed record HtmlPage(string Title, string Text, string? Author, DateTimeOffset? Time, IReadOnlyList<HtmlLink> Links, string? Url);
