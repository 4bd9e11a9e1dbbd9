using Homeward.Intel.Posts;

namespace Homeward.Data.Intel;

/// <summary>A ring with its posts (summaries and the posts themselves, for the graph and the export), its
/// identifiers (type, value, how many posts) and its timeline (posts per month, <c>yyyy-MM</c>).</summary>
public sealed record IntelRingView(IntelRingSummary Summary, IReadOnlyList<IntelPostSummary> Members, IReadOnlyList<Post> Posts,
    IReadOnlyList<string?> Evidence, IReadOnlyList<(string Type, string Value, int Posts)> Identifiers,
    IReadOnlyList<KeyValuePair<string, int>> Timeline);
