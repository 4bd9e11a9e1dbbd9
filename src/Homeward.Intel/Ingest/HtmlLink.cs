namespace Homeward.Intel.Ingest;

/// <summary>A link of a page.</summary>
/// <param name="Href">The target, absolute when the page's address (or its <c>&lt;base&gt;</c>) allows resolving it.</param>
/// <param name="Text">The link's text, whitespace collapsed.</param>
public sealed record HtmlLink(string Href, string Text);
