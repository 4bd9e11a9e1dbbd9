using Homeward.Intel.Rings;

namespace Homeward.Cli.Commands;

/// <summary>Reads analysts' links (JSON Lines) from files; the first bad line is reported as "file:line: message".</summary>
internal static class RingLinkFiles
{
    public static (List<RingLink>? Links, string? Error) Read(IEnumerable<string> paths)
    {
        var links = new List<RingLink>();
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                return (null, $"{path}: file not found");
            }

            var lineNumber = 0;
            foreach (var line in File.ReadLines(path))
            {
                lineNumber++;
                var (link, error) = RingLinkJsonLines.ParseLine(line);
                if (error is not null)
                {
                    return (null, $"{path}:{lineNumber}: {error}");
                }

                if (link is not null)
                {
                    links.Add(link);
                }
            }
        }

        return (links, null);
    }
}
