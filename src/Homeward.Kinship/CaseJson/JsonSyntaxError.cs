using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Homeward.Kinship.CaseJson;

/// <summary>Turns a <see cref="JsonException"/> into an error at <c>file:line:column</c> (both 1-based).</summary>
internal static class JsonSyntaxError
{
    public static InputError From(JsonException exception, string json, string source)
    {
        var message = exception.Message;
        foreach (var marker in new[] { " Path: ", " LineNumber: " })
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut >= 0)
            {
                message = message[..cut];
            }
        }

        message = message.ReplaceLineEndings(" ").TrimEnd();
        if (exception.LineNumber is not { } line)
        {
            return new InputError(source, $"invalid JSON: {message}");
        }

        var column = Column(json, line, exception.BytePositionInLine ?? 0);
        return new InputError(
            string.Create(CultureInfo.InvariantCulture, $"{source}:{line + 1}:{column}"),
            $"invalid JSON: {message}");
    }

    // The reader counts bytes of UTF-8 within the line; a user counts characters.
    private static long Column(string json, long line, long bytePosition)
    {
        var start = 0;
        for (var l = 0L; l < line; l++)
        {
            var next = json.IndexOf('\n', start);
            if (next < 0)
            {
                return bytePosition + 1;
            }

            start = next + 1;
        }

        var end = json.IndexOf('\n', start);
        var text = end < 0 ? json[start..] : json[start..end];
        var bytes = Encoding.UTF8.GetBytes(text);
        var count = (int)Math.Min(bytePosition, bytes.Length);
        return Encoding.UTF8.GetCharCount(bytes, 0, count) + 1;
    }
}
