using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Homeward.Intel.Posts;

namespace Homeward.Intel.Ingest;

/// <summary>
/// Reads a saved or fetched HTML page with AngleSharp: the text of the main content (<c>article</c>,
/// <c>main</c> or <c>[role=main]</c>, else the body) with scripts, styles and other non-text elements
/// dropped, the title, the author and publication time when the page has them, and every link. The page's
/// character set comes from its byte order mark or <c>meta charset</c> (GBK and the other code pages included).
/// </summary>
public static class HtmlPageParser
{
    private static readonly string[] Dropped = ["script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "head"];

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section",
        "table", "td", "th", "tr", "ul",
    };

    static HtmlPageParser() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Parses a page from its bytes as captured.</summary>
    public static HtmlPage Parse(ReadOnlySpan<byte> bytes, CaptureSource capture)
    {
        ArgumentNullException.ThrowIfNull(capture);
        using var stream = new MemoryStream(bytes.ToArray(), writable: false);
        using var document = new HtmlParser().ParseDocument(stream);
        return Read(document, capture);
    }

    /// <summary>Parses a page from its text.</summary>
    public static HtmlPage Parse(string html, CaptureSource capture)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(capture);
        using var document = new HtmlParser().ParseDocument(html);
        return Read(document, capture);
    }

    /// <summary>
    /// The page as one post (none when the page has no text): id <c>prefix-1</c>; the title is put on the first
    /// line unless the text already starts with (part of) it.
    /// </summary>
    public static IngestResult ToPosts(HtmlPage page, CaptureSource capture)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(capture);
        var firstLine = page.Text.Split('\n')[0];
        var titled = page.Title.Length == 0 || (firstLine.Length > 0 && page.Title.Contains(firstLine, StringComparison.Ordinal));
        var text = titled ? page.Text : page.Title + "\n" + page.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return new IngestResult([], []);
        }

        var source = page.Url is not null && Uri.TryCreate(page.Url, UriKind.Absolute, out var uri) ? uri.Host : capture.Name;
        return new IngestResult([new Post(capture.PostId(1), source, page.Url, page.Author, page.Time, text.TrimEnd())], []);
    }

    private static HtmlPage Read(IDocument document, CaptureSource capture)
    {
        var title = Collapse(document.Title ?? document.QuerySelector("h1")?.TextContent ?? "");
        var author = Attribute(document, "meta[name=author]", "content")
            ?? Attribute(document, "meta[property='article:author']", "content")
            ?? Text(document, "[itemprop=author]")
            ?? Text(document, "[rel=author]")
            ?? Text(document, ".author");
        var time = ParseTime(Attribute(document, "meta[property='article:published_time']", "content")
            ?? Attribute(document, "[itemprop=datePublished]", "content")
            ?? Attribute(document, "[itemprop=datePublished]", "datetime")
            ?? Attribute(document, "time[datetime]", "datetime"), capture.Offset);
        var url = capture.Url ?? DeclaredUrl(document);
        var links = Links(document, url);

        foreach (var element in document.QuerySelectorAll(string.Join(",", Dropped)).ToList())
        {
            element.Remove();
        }

        var main = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.QuerySelector("[role=main]") ?? document.Body;
        var sb = new StringBuilder();
        if (main is not null)
        {
            AppendText(main, sb, preformatted: false);
        }

        return new HtmlPage(title, TidyLines(sb.ToString()), author, time, links, url);
    }

    private static string? DeclaredUrl(IDocument document)
    {
        var declared = Attribute(document, "link[rel=canonical]", "href") ?? Attribute(document, "meta[property='og:url']", "content");
        if (declared is null)
        {
            var saved = document.Descendants<IComment>().Select(c => c.Data.Trim())
                .FirstOrDefault(c => c.StartsWith("saved from url=(", StringComparison.Ordinal));
            var close = saved?.IndexOf(')', StringComparison.Ordinal) ?? -1;
            declared = close > 0 ? saved![(close + 1)..].Trim() : null;
        }

        return declared is not null && Uri.TryCreate(declared, UriKind.Absolute, out var uri) && uri.Scheme is ("http" or "https") ? uri.AbsoluteUri : null;
    }

    private static List<HtmlLink> Links(IDocument document, string? url)
    {
        Uri? baseUri = null;
        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var pageUri))
        {
            baseUri = pageUri;
        }

        if (document.QuerySelector("base[href]")?.GetAttribute("href") is { } baseHref
            && Uri.TryCreate(baseUri, baseHref, out var declared) && declared.IsAbsoluteUri)
        {
            baseUri = declared;
        }

        var links = new List<HtmlLink>();
        foreach (var anchor in document.QuerySelectorAll("a[href]"))
        {
            var href = anchor.GetAttribute("href")!.Trim();
            if (href.Length == 0)
            {
                continue;
            }

            if (baseUri is not null && Uri.TryCreate(baseUri, href, out var absolute))
            {
                href = absolute.AbsoluteUri;
            }

            links.Add(new HtmlLink(href, Collapse(anchor.TextContent)));
        }

        return links;
    }

    private static void AppendText(INode node, StringBuilder sb, bool preformatted)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                sb.Append(preformatted ? text.Data : CollapseKeepingEdges(text.Data));
            }
            else if (child is IElement element)
            {
                var block = Blocks.Contains(element.LocalName);
                if (block)
                {
                    sb.Append('\n');
                }

                AppendText(element, sb, preformatted || element.LocalName == "pre");
                if (block)
                {
                    sb.Append('\n');
                }
            }
        }
    }

    private static string TidyLines(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);
        return string.Join("\n", lines);
    }

    private static string CollapseKeepingEdges(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        if (space)
        {
            sb.Append(' ');
        }

        return sb.ToString();
    }

    private static string Collapse(string text) => CollapseKeepingEdges(text).Trim();

    private static string? Attribute(IDocument document, string selector, string attribute) =>
        document.QuerySelector(selector)?.GetAttribute(attribute) is { } value && value.Trim().Length > 0 ? value.Trim() : null;

    private static string? Text(IDocument document, string selector) =>
        document.QuerySelector(selector) is { } element && Collapse(element.TextContent) is { Length: > 0 } text ? text : null;

    private static DateTimeOffset? ParseTime(string? text, TimeSpan offset)
    {
        if (text is null || !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
        {
            return null;
        }

        return parsed.Kind switch
        {
            DateTimeKind.Utc => new DateTimeOffset(parsed),
            DateTimeKind.Local => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture),
            _ => new DateTimeOffset(parsed, offset),
        };
    }
}
