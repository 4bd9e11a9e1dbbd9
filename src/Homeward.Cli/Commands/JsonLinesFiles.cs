namespace Homeward.Cli.Commands;

/// <summary>Reads JSON Lines files item by item with a line parser; the first bad line is reported as
/// "file:line: message" and a missing file as "file: file not found".</summary>
internal static class JsonLinesFiles
{
    /// <param name="paths">The files, read in order.</param>
    /// <param name="parse">Parses one line: an item, nothing (a blank line) or an error.</param>
    /// <param name="check">Checks a parsed item given its place ("file:line"); returns an error or null.</param>
    public static (List<T>? Items, string? Error) Read<T>(IEnumerable<string> paths, Func<string, (T? Item, string? Error)> parse, Func<T, string, string?>? check = null)
        where T : class
    {
        var items = new List<T>();
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
                var (item, error) = parse(line);
                if (item is not null && check is not null)
                {
                    error ??= check(item, $"{path}:{lineNumber}");
                }

                if (error is not null)
                {
                    return (null, $"{path}:{lineNumber}: {error}");
                }

                if (item is not null)
                {
                    items.Add(item);
                }
            }
        }

        return (items, null);
    }
}
