using System.IO.Compression;
using Homeward.Data.Evidence;
using Homeward.Data.Export;
using Homeward.Data.Intel;
using Homeward.Intel;
using Homeward.Intel.Rings;

namespace Homeward.Web.Intel;

/// <summary>
/// A ring's case export as a zip: the CLI's <see cref="CaseExport"/> (posts.csv, case.json, the original
/// captures when an evidence store is configured, manifest.sha256) written to a temporary folder and zipped.
/// </summary>
internal sealed class RingExport(HomewardWebOptions options, TimeProvider time)
{
    private static readonly PostAnalyser Analyser = new();

    /// <summary>The zip's bytes, or the error that stopped the export (a capture missing or altered).</summary>
    public (byte[]? Zip, string? Error) Create(IntelRingView ring)
    {
        var posts = ring.Posts.Select((p, i) => new EvidencedPost(p, ring.Evidence[i])).ToList();
        var analyses = posts.Select(p => Analyser.Analyse(p.Post)).ToList();
        var (built, ringOf) = RingBuilder.Build(analyses, new RingOptions(FlaggedOnly: false));
        var id = ring.Summary.Id;
        var rings = built.Select((r, i) => r with { Id = built.Count == 1 ? id : $"{id}.{i + 1}" }).ToList();
        var store = options.EvidenceStore is { } folder ? EvidenceStore.OpenExisting(folder) : null;
        var work = Path.Combine(Path.GetTempPath(), "homeward-export-" + Guid.NewGuid().ToString("N"));
        try
        {
            var target = Path.Combine(work, "case");
            var error = new CaseExport(store, ToolVersion.Current, time.GetUtcNow())
                .Write(target, "ring " + id, posts, analyses, [.. Enumerable.Range(0, posts.Count)], rings, ringOf);
            if (error is not null)
            {
                return (null, error);
            }

            using var zip = new MemoryStream();
            ZipFile.CreateFromDirectory(target, zip, CompressionLevel.Optimal, includeBaseDirectory: false);
            return (zip.ToArray(), null);
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }
}
