using System.Text.Encodings.Web;
using System.Text.Json;
using Homeward.Intel;
using Homeward.Intel.Output;
using Homeward.Intel.Rings;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward intel rings FILE… [--links FILE…] [--graph OUT.json]</c>: one JSON object per ring, most
/// posts first: members (id, url, time, score), members by kind, suspects, operations, children, evidence,
/// linking identifiers, generic identifiers, provinces, timeline by month, cross-border signs, template
/// clusters. <c>--graph</c> writes the ring graph as cytoscape.js elements (atomically).
/// </summary>
internal static class IntelRingsCommand
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(IReadOnlyList<string> files, RingOptions options, TextWriter stdout, TextWriter stderr,
        IReadOnlyList<string>? linkFiles = null, string? graphPath = null)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var (posts, error) = PostFiles.Read(files);
        if (posts is null)
        {
            stderr.WriteLine(error);
            return ExitCodes.InvalidInput;
        }

        var (links, linkError) = JsonLinesFiles.Read(linkFiles ?? [], RingLinkJsonLines.ParseLine);
        if (links is null)
        {
            stderr.WriteLine(linkError);
            return ExitCodes.InvalidInput;
        }

        var analyses = IntelBatch.AnalyseAll(posts, new PostAnalyser());
        var templates = TemplateIndex.Build(analyses);
        var graph = RingGraph.Build(analyses, links, options);
        if (graphPath is not null)
        {
            try
            {
                AtomicFile.WriteAllText(graphPath, RingGraphJson.Format(graph) + "\n");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"{graphPath}: cannot write the graph: {e.Message}");
                return ExitCodes.InvalidInput;
            }
        }

        foreach (var ring in graph.Rings)
        {
            var members = ring.Posts.Select(i => analyses[i]).ToList();
            var times = members.Where(m => m.Post.Time is not null).Select(m => m.Post.Time!.Value).OrderBy(t => t).ToList();
            var provinces = members.SelectMany(m => m.Entities).Where(e => e.Province is not null).Select(e => e.Province!)
                .Concat(ring.LinkedProvinces)
                .GroupBy(p => p, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count());
            var crossBorder = members.SelectMany(m => m.Indicators).Where(h => h.Group == "cross-border").Select(h => h.Text)
                .Concat(ring.LinkedOf("identifier").Where(id => id.StartsWith("phone:+84", StringComparison.Ordinal)))
                .Distinct(StringComparer.Ordinal).ToList();
            stdout.WriteLine(JsonSerializer.Serialize(
                new
                {
                    ring = ring.Id,
                    size = members.Count,
                    splitFromComponent = ring.SplitFromComponent,
                    first = times.Count > 0 ? times[0] : (DateTimeOffset?)null,
                    last = times.Count > 0 ? times[^1] : (DateTimeOffset?)null,
                    timeline = times.GroupBy(t => t.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)).ToDictionary(g => g.Key, g => g.Count()),
                    provinces,
                    crossBorder,
                    identifiers = ring.Identifiers.Select(x => new { type = x.Type, value = x.Value, posts = x.Posts }),
                    genericIdentifiers = ring.GenericIdentifiers.Select(x => new { type = x.Type, value = x.Value, posts = x.Posts }),
                    templates = ring.Posts.Select(templates.ClusterId).Where(c => c is not null).Distinct().Order(StringComparer.Ordinal),
                    members = members.Select(m => new { id = m.Post.Id, url = m.Post.Url, time = m.Post.Time, score = Math.Round(m.Score, 4) }),
                    membersByKind = ring.MembersByKind,
                    suspects = ring.LinkedOf("suspect"),
                    operations = ring.LinkedOf("operation"),
                    children = ring.LinkedOf("child"),
                    linkedIdentifiers = ring.LinkedOf("identifier"),
                    linkedPostsNotInBatch = ring.LinkedOf("post"),
                    evidence = members.Select(m => m.Post.Id),
                },
                Json));
        }

        return ExitCodes.Success;
    }
}
