using Homeward.Data.Evidence;
using Homeward.Data.Export;
using Homeward.Intel;
using Homeward.Intel.Rings;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward intel export --posts FILE --store DIR --ring ID|--all --out DIR</c>: analyses the posts, links
/// them into rings (as <c>intel rings</c> with its defaults) and writes the chosen ring's (or every) post as a
/// case folder (<see cref="CaseExport"/>). Exit 2 on bad input, 1 when a capture is missing or altered.
/// </summary>
internal static class IntelExportCommand
{
    public static int Run(string postsPath, string storeFolder, string? ringId, bool all, string outFolder, TimeProvider clock, TextWriter stdout, TextWriter stderr)
    {
        if ((ringId is null) == !all)
        {
            stderr.WriteLine("--ring: give either --ring ID or --all");
            return ExitCodes.InvalidInput;
        }

        if (Directory.Exists(outFolder) || File.Exists(outFolder))
        {
            stderr.WriteLine($"--out: '{outFolder}' already exists; an export is never written over");
            return ExitCodes.InvalidInput;
        }

        if (EvidenceStore.OpenExisting(storeFolder) is not { } store)
        {
            stderr.WriteLine($"--store: '{storeFolder}' is not an evidence store (no {EvidenceStore.ManifestName})");
            return ExitCodes.InvalidInput;
        }

        var (posts, error) = EvidencedPostJson.Read(postsPath);
        if (posts is null)
        {
            stderr.WriteLine(error);
            return ExitCodes.InvalidInput;
        }

        var analyses = IntelBatch.AnalyseAll(posts.Select(p => p.Post).ToList(), new PostAnalyser());
        var (rings, ringOf) = RingBuilder.Build(analyses);
        IReadOnlyList<int> members;
        if (all)
        {
            members = Enumerable.Range(0, posts.Count).ToList();
        }
        else if (rings.FirstOrDefault(r => string.Equals(r.Id, ringId, StringComparison.Ordinal)) is { } ring)
        {
            members = ring.Posts;
        }
        else
        {
            stderr.WriteLine($"--ring: no ring '{ringId}' in {postsPath} ({rings.Count} rings: r1…r{rings.Count})");
            return ExitCodes.InvalidInput;
        }

        var export = new CaseExport(store, ToolVersion.Current, clock.GetUtcNow());
        if (export.Write(outFolder, all ? "all" : "ring " + ringId, posts, analyses, members, rings, ringOf) is { } failure)
        {
            stderr.WriteLine(failure);
            return ExitCodes.Failure;
        }

        stdout.WriteLine($"exported {members.Count} posts to {outFolder}");
        return ExitCodes.Success;
    }
}
