namespace Homeward.Data.Intel;

/// <summary>What an identifier search found: the normalised values looked for, the posts that hold one of
/// them, and the rings of those posts.</summary>
public sealed record IdentifierSearch(IReadOnlyList<string> Values, IReadOnlyList<IntelPostSummary> Posts, IReadOnlyList<string> Rings);
