using Homeward.Data.Evidence;
using Homeward.Intel.Ingest;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward intel ingest FILE… --store DIR [--out posts.jsonl]</c>: tells each file's format, reads its
/// posts, keeps the original bytes as evidence and writes the posts (JSON Lines with their evidence hash) to
/// <c>--out</c> or stdout. Every file is read before anything is stored: one bad file stores nothing
/// (exit 2, each problem as <c>file:line: message</c>).
/// </summary>
internal static class IntelIngestCommand
{
    public static int Run(IReadOnlyList<string> files, string storeFolder, string? outPath, TimeProvider clock, TextWriter stdout, TextWriter stderr)
    {
        var captures = new List<(string Path, byte[] Bytes, IngestFormat Format, IngestResult Result)>();
        var failed = false;
        foreach (var path in files)
        {
            if (!File.Exists(path))
            {
                stderr.WriteLine($"{path}: file not found");
                failed = true;
                continue;
            }

            var bytes = File.ReadAllBytes(path);
            if (IngestFormatDetector.Detect(Path.GetFileName(path), bytes) is not { } format)
            {
                stderr.WriteLine($"{path}: cannot tell the format; name it .jsonl (posts), .html (a page), .txt (a chat log) or .json (a Telegram export)");
                failed = true;
                continue;
            }

            var sha = Intel.Evidence.EvidenceRecord.HashOf(bytes);
            var result = PostIngester.Read(format, bytes, new CaptureSource(Path.GetFileName(path), null, sha[..12]));
            foreach (var error in result.Errors)
            {
                stderr.WriteLine(error.ToString(path));
                failed = true;
            }

            captures.Add((path, bytes, format, result));
        }

        if (failed)
        {
            return ExitCodes.InvalidInput;
        }

        var store = EvidenceStore.Open(storeFolder);
        var lines = new List<string>();
        foreach (var (path, bytes, format, result) in captures)
        {
            var entry = store.Add(bytes, Path.GetFullPath(path), MediaTypeOf(format), clock.GetUtcNow());
            lines.AddRange(result.Posts.Select(p => EvidencedPostJson.Format(new EvidencedPost(p, entry.Sha256))));
            stderr.WriteLine($"{path}: {NameOf(format)}, {result.Posts.Count} posts, evidence {entry.Sha256}");
        }

        var text = string.Concat(lines.Select(l => l + "\n"));
        if (outPath is null)
        {
            stdout.Write(text);
        }
        else
        {
            AtomicFile.WriteAllText(outPath, text);
        }

        return ExitCodes.Success;
    }

    public static string NameOf(IngestFormat format) => format switch
    {
        IngestFormat.Html => "html page",
        IngestFormat.ChatLog => "chat log",
        IngestFormat.TelegramJson => "Telegram export",
        _ => "JSON Lines",
    };

    public static string MediaTypeOf(IngestFormat format) => format switch
    {
        IngestFormat.Html => "text/html",
        IngestFormat.ChatLog => "text/plain",
        IngestFormat.TelegramJson => "application/json",
        _ => "application/x-ndjson",
    };
}
