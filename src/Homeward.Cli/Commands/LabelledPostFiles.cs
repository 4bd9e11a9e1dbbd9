using Homeward.Intel.Evaluation;

namespace Homeward.Cli.Commands;

/// <summary>Reads labelled posts (the corpus format: post lines with a "label") from several files; the
/// first bad line is reported as "file:line: message", a post id seen twice as well.</summary>
internal static class LabelledPostFiles
{
    public static (List<LabelledPost>? Posts, string? Error) Read(IReadOnlyList<string> paths)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var (posts, error) = JsonLinesFiles.Read(paths, CorpusReader.ParseLine,
            (post, place) => seen.TryAdd(post.Post.Id, place) ? null : $"post id '{post.Post.Id}' was already given at {seen[post.Post.Id]}");
        return posts is { Count: 0 } ? (null, $"{string.Join(", ", paths)}: no labelled posts") : (posts, error);
    }
}
