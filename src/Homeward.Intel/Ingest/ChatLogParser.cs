using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Homeward.Intel.Posts;

namespace Homeward.Intel.Ingest;

/// <summary>
/// Reads QQ and WeChat-style text logs: a header line <c>2014-03-02 10:15:33 nickname(123456)</c> (or
/// <c>nickname &lt;wxid_abc&gt;</c>, full-width brackets too) followed by the message's lines, until the next
/// header. The export's preamble (<c>消息记录…</c>, <c>消息分组:…</c>, <c>消息对象:…</c>, rules of <c>=</c>) may
/// stand before the first header and after a rule. One post per message: the author is the account id (the
/// nickname changes, the id does not), the source the <c>消息对象</c> when given, the time the header's in
/// the capture's local offset.
/// </summary>
public static partial class ChatLogParser
{
    private static readonly string[] PreamblePrefixes = ["消息记录", "消息分组", "消息对象", "="];

    /// <summary>Reads a whole log.</summary>
    public static IngestResult Parse(string text, CaptureSource capture)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(capture);
        var posts = new List<Post>();
        var errors = new List<IngestError>();
        string? source = null;
        ChatLogMessage? current = null;
        var inPreamble = true;
        var lineNumber = 0;
        foreach (var line in LineReader.Lines(text))
        {
            lineNumber++;
            var header = Header().Match(line);
            if (header.Success)
            {
                Flush();
                inPreamble = false;
                var time = ParseTime(header.Groups["date"].Value, header.Groups["time"].Value, capture.Offset);
                if (time is null)
                {
                    errors.Add(new IngestError(lineNumber, $"'{header.Groups["date"].Value} {header.Groups["time"].Value}' is not a valid date and time"));
                    continue;
                }

                var id = header.Groups["id"].Success ? header.Groups["id"].Value : header.Groups["id2"].Value;
                current = new ChatLogMessage(time.Value, id);
                continue;
            }

            if (LooksLikeHeader().IsMatch(line))
            {
                Flush();
                errors.Add(new IngestError(lineNumber, "a message header needs the sender's id after the nickname, as nickname(123456) or nickname <id>"));
                continue;
            }

            var trimmed = line.Trim();
            if (trimmed.StartsWith('=') && trimmed.All(c => c == '='))
            {
                Flush();
                inPreamble = true;
                continue;
            }

            if (inPreamble)
            {
                if (trimmed.Length == 0)
                {
                    continue;
                }

                if (!PreamblePrefixes.Any(p => trimmed.StartsWith(p, StringComparison.Ordinal)))
                {
                    errors.Add(new IngestError(lineNumber, "text before the first message header (expected 'yyyy-MM-dd HH:mm:ss nickname(id)')"));
                    continue;
                }

                if (trimmed.StartsWith("消息对象", StringComparison.Ordinal))
                {
                    var value = trimmed["消息对象".Length..].TrimStart(':', '：', ' ').Trim();
                    source = value.Length > 0 ? value : null;
                }

                continue;
            }

            current?.Lines.Add(line);
        }

        Flush();
        return new IngestResult(posts, errors);

        void Flush()
        {
            if (current is null)
            {
                return;
            }

            var body = JoinTrimmed(current.Lines);
            if (body.Length > 0)
            {
                posts.Add(new Post(capture.PostId(posts.Count + 1), source ?? capture.Name, capture.Url, current.Author, current.Time, body));
            }

            current = null;
        }
    }

    private static string JoinTrimmed(List<string> lines)
    {
        var first = lines.FindIndex(l => l.Trim().Length > 0);
        if (first < 0)
        {
            return "";
        }

        var last = lines.FindLastIndex(l => l.Trim().Length > 0);
        var sb = new StringBuilder();
        for (var i = first; i <= last; i++)
        {
            if (i > first)
            {
                sb.Append('\n');
            }

            sb.Append(lines[i]);
        }

        return sb.ToString();
    }

    private static DateTimeOffset? ParseTime(string date, string time, TimeSpan offset)
    {
        string[] formats = ["yyyy-M-d H:mm:ss"];
        return DateTime.TryParseExact($"{date} {time}", formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, offset)
            : null;
    }

    [GeneratedRegex(@"^(?<date>\d{4}-\d{1,2}-\d{1,2})\s+(?<time>\d{1,2}:\d{2}:\d{2})\s+(?<nick>.*?)\s*(?:[(（](?<id>[^()（）\s]+)[)）]|<(?<id2>[^<>\s]+)>)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Header();

    [GeneratedRegex(@"^\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}:\d{2}\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex LooksLikeHeader();
}
