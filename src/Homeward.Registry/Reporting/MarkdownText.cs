using System.Text;

namespace Homeward.Registry.Reporting;

/// <summary>Escapes text for Markdown, so that data (a description, a name) can never become markup, a link or a table cell boundary.</summary>
public static class MarkdownText
{
    private const string Special = "\\`*_[]<>#|~&";

    /// <summary>The text with every Markdown special character backslash-escaped and line breaks made spaces.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\r' or '\n')
            {
                builder.Append(' ');
                continue;
            }

            if (Special.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
