using Homeward.Intel.Evaluation;

namespace Homeward.Cli.Commands;

/// <summary>Reads labelled posts (the corpus format: post lines with a "label") from several files; the
/// first bad line is reported as "file:line: message", a post id seen twice as well.</summary>
internal static class LabelledPostFiles
{
    public static (List<LabelledPost>? Posts, string? Error) Read(IEnumerable<string> paths)
    {
        var posts = new List<LabelledPost>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
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
                var (post, error) = CorpusReader.ParseLine(line);
                if (error is not null)
                {
                    return (null, $"{path}:{lineNumber}: {error}");
                }

                if (post is null)
                {
                    continue;
                }

                var place = $"{path}:{lineNumber}";
                if (!seen.TryAdd(post.Post.Id, place))
                {
                    return (null, $"{place}: post id '{post.Post.Id}' was already given at {seen[post.Post.Id]}");
                }

                posts.Add(post);
            }
        }

        return posts.Count == 0 ? (null, $"{string.Join(", ", paths)}: no labelled posts") : (posts, null);
    }
}
