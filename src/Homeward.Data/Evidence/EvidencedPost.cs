using Homeward.Intel.Posts;

namespace Homeward.Data.Evidence;

/// <summary>A post and the SHA-256 of the evidence it was read from (null when the post came without one).</summary>
internal sealed record EvidencedPost(Post Post, string? Evidence);
