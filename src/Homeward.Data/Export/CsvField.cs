namespace Homeward.Data.Export;

/// <summary>
/// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. A field that a spreadsheet
/// would run as a formula (starting with = + - @ or a tab) gets a leading apostrophe: the posts are written
/// by the people under investigation.
/// </summary>
internal static class CsvField
{
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
