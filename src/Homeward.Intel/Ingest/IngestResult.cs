using Homeward.Intel.Posts;

namespace Homeward.Intel.Ingest;

/// <summary>The posts read from one captured file, and what was wrong with it.</summary>
/// <param name="Posts">The posts, in the order of the file.</param>
/// <param name="Errors">The problems found, in the order of the file; the file is rejected when there is any.</param>
public sealed record IngestResult(IReadOnlyList<Post> Posts, IReadOnlyList<IngestError> Errors)
{
    /// <summary>Whether the file was read without error.</summary>
    public bool IsSuccess => Errors.Count == 0;

    /// <summary>A file that could not be read at all.</summary>
    public static IngestResult Failure(int line, string message) => new([], [new IngestError(line, message)]);
}
