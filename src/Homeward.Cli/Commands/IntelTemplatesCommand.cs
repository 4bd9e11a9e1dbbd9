using System.Text.Encodings.Web;
using System.Text.Json;
using Homeward.Intel;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward intel templates FILE…</c>: one JSON object per near-duplicate cluster, largest first:
/// <c>{"cluster", "size", "template", "slots": [[fillers…]…], "posts": [ids…]}</c>.
/// </summary>
internal static class IntelTemplatesCommand
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(IReadOnlyList<string> files, int minSize, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var (posts, error) = PostFiles.Read(files);
        if (posts is null)
        {
            stderr.WriteLine(error);
            return ExitCodes.InvalidInput;
        }

        var analyses = IntelBatch.AnalyseAll(posts, new PostAnalyser());
        var index = TemplateIndex.Build(analyses);
        var clusters = Enumerable.Range(0, index.Count)
            .Where(c => index.Members(c).Count >= minSize)
            .OrderByDescending(c => index.Members(c).Count)
            .ThenBy(c => c);
        foreach (var c in clusters)
        {
            var template = index.TemplateOf(c);
            var members = index.Members(c);
            stdout.WriteLine(JsonSerializer.Serialize(
                new
                {
                    cluster = TemplateIndex.Name(c),
                    size = members.Count,
                    template = template.Text,
                    slots = template.Slots,
                    posts = members.Select(i => analyses[i].Post.Id),
                },
                Json));
        }

        return ExitCodes.Success;
    }
}
