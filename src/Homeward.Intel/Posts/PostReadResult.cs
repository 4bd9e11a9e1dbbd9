namespace Homeward.Intel.Posts;

/// <summary>The outcome of reading one line of posts: a post, nothing (a blank line) or an error.</summary>
public readonly record struct PostReadResult
{
    private PostReadResult(Post? post, string? error)
    {
        Post = post;
        Error = error;
    }

    /// <summary>The post, when the line held one.</summary>
    public Post? Post { get; }

    /// <summary>What is wrong with the line, when it is not a post.</summary>
    public string? Error { get; }

    /// <summary>Whether the line was blank.</summary>
    public bool IsBlank => Post is null && Error is null;

    /// <summary>A line that held a post.</summary>
    public static PostReadResult Success(Post post) => new(post, null);

    /// <summary>A line that is not a valid post.</summary>
    public static PostReadResult Failure(string error) => new(null, error);

    /// <summary>A blank line.</summary>
    public static PostReadResult Blank => default;
}
