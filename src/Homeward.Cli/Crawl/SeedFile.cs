namespace Homeward.Cli.Crawl;

/// <summary>A crawl's seeds: one absolute http(s) URL a line; blank lines and <c># comments</c> skipped.</summary>
internal static class SeedFile
{
    public static (List<Uri>? Seeds, string? Error) Read(string path)
    {
        if (!File.Exists(path))
        {
            return (null, $"--seeds: file '{path}' not found");
        }

        var seeds = new List<Uri>();
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!Uri.TryCreate(line, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                return (null, $"{path}:{lineNumber}: '{line}' is not an absolute http or https URL");
            }

            seeds.Add(uri);
        }

        return seeds.Count == 0 ? (null, $"{path}: no seed URL") : (seeds, null);
    }
}
