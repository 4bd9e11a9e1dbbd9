using Homeward.Registry.Matching;

namespace Homeward.Data.Registry;

/// <summary>Which matches to list: by state (all when null), a page, sorted by posterior probability, highest first.</summary>
public sealed record MatchQuery
{
    /// <summary>Only matches in this state; null for all.</summary>
    public MatchState? State { get; init; }

    /// <summary>Matches to skip (paging).</summary>
    public int Skip { get; init; }

    /// <summary>At most this many (1–1,000; default 50).</summary>
    public int Take { get; init; } = 50;
}
