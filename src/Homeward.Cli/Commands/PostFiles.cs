using Homeward.Intel.Posts;

namespace Homeward.Cli.Commands;

/// <summary>Reads posts in JSON Lines from files; the first bad line is reported as "file:line: message".</summary>
internal static class PostFiles
{
    public static (List<Post>? Posts, string? Error) Read(IEnumerable<string> paths)
    {
        var posts = new List<Post>();
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                return (null, $"{path}: file not found");
            }

            using var reader = new StreamReader(path);
            var lineNumber = 0;
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                var result = PostJsonLines.ParseLine(line);
                if (result.Error is not null)
                {
                    return (null, $"{path}:{lineNumber}: {result.Error}");
                }

                if (result.Post is not null)
                {
                    posts.Add(result.Post);
                }
            }
        }

        return (posts, null);
    }
}
