using System.Text;
using System.Text.Encodings.Web;
using Homeward.Data.Intel;
using Microsoft.AspNetCore.Html;

namespace Homeward.Web.Intel;

/// <summary>
/// A post's text as HTML with its indicator and entity spans in <c>&lt;mark&gt;</c>: the text is cut at every
/// span boundary and each piece covered by spans is marked with their classes (<c>ind ind-GROUP</c>,
/// <c>ent ent-TYPE</c>) and a title naming them. Every piece of text is HTML-encoded: the posts are written by
/// the people under investigation.
/// </summary>
internal static class PostHighlighter
{
    public static IHtmlContent Render(string text, IReadOnlyList<IntelSpan> spans)
    {
        ArgumentNullException.ThrowIfNull(text);
        var valid = spans.Where(s => s.Start >= 0 && s.End <= text.Length && s.Start < s.End).ToList();
        var cuts = valid.SelectMany(s => new[] { s.Start, s.End }).Append(0).Append(text.Length).Distinct().Order().ToList();
        var e = HtmlEncoder.Default;
        var html = new StringBuilder(text.Length * 2);
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var (from, to) = (cuts[i], cuts[i + 1]);
            var piece = e.Encode(text[from..to]);
            var covering = valid.Where(s => s.Start <= from && s.End >= to).ToList();
            if (covering.Count == 0)
            {
                html.Append(piece);
                continue;
            }

            var classes = string.Join(' ', covering.SelectMany(s => new[] { Prefix(s), $"{Prefix(s)}-{ClassName(s.Name)}" }).Distinct(StringComparer.Ordinal));
            var title = string.Join("; ", covering.Select(s => s.Value is null ? $"{s.Kind}: {s.Name}" : $"{s.Name}: {s.Value}").Distinct(StringComparer.Ordinal));
            html.Append("<mark class=\"").Append(e.Encode(classes)).Append("\" title=\"").Append(e.Encode(title)).Append("\">")
                .Append(piece).Append("</mark>");
        }

        return new HtmlString(html.ToString());
    }

    private static string Prefix(IntelSpan span) => span.Kind == "entity" ? "ent" : "ind";

    /// <summary>A class name from a group or type: ASCII letters, digits and '-' only.</summary>
    private static string ClassName(string name) =>
        new([.. name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
}
