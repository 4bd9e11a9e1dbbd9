using System.Text.Json;
using Homeward.Intel.Posts;
using Homeward.Kinship;

namespace Homeward.Data.Intel;

/// <summary>Reads posts in JSON Lines (<see cref="PostJsonLines"/>) with the optional <c>"evidence"</c> field
/// (the SHA-256 of the capture, as <c>intel ingest</c> writes it); every bad line is an error at <c>file:line</c>.</summary>
internal static class PostFileReader
{
    public static (List<(Post Post, string? Evidence)> Posts, List<InputError> Errors) Read(IReadOnlyList<PostSource> sources)
    {
        var posts = new List<(Post, string?)>();
        var errors = new List<InputError>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            using var reader = source.Open();
            var number = 0;
            while (reader.ReadLine() is { } line)
            {
                number++;
                var place = $"{source.Name}:{number}";
                var result = PostJsonLines.ParseLine(line);
                if (result.IsBlank)
                {
                    continue;
                }

                if (result.Post is not { } post)
                {
                    errors.Add(new InputError(place, result.Error!));
                    continue;
                }

                if (!seen.TryAdd(post.Id, place))
                {
                    errors.Add(new InputError(place, $"post \"{post.Id}\" repeats the one at {seen[post.Id]}"));
                    continue;
                }

                var evidence = Evidence(line, out var error);
                if (error is not null)
                {
                    errors.Add(new InputError(place, error));
                    continue;
                }

                posts.Add((post, evidence));
            }
        }

        return (posts, errors);
    }

    private static string? Evidence(string line, out string? error)
    {
        error = null;
        using var doc = JsonDocument.Parse(line);
        if (!doc.RootElement.TryGetProperty("evidence", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (text is null || text.Length != 64 || !text.All(char.IsAsciiHexDigitLower))
        {
            error = "\"evidence\" must be a SHA-256 in 64 lower-case hex digits";
            return null;
        }

        return text;
    }
}
