namespace Homeward.Data.Registry;

/// <summary>A follow-up visit done: which visit of which match, when, by whom, what was found.</summary>
/// <param name="MatchId">The match (in follow-ups due).</param>
/// <param name="Index">The visit, 0-based in schedule order.</param>
/// <param name="VisitedOn">The day of the visit.</param>
/// <param name="Caseworker">Who visited (also the actor in the audit log).</param>
/// <param name="Notes">What the caseworker found (kept with the case, never in the audit log).</param>
/// <param name="RaisesConcern">Whether the visit raised a concern for the child's welfare.</param>
public sealed record FollowUpRecord(string MatchId, int Index, DateOnly VisitedOn, string Caseworker, string? Notes, bool RaisesConcern)
{
    /// <summary>The version the caseworker saw; a match changed since is refused as stale.</summary>
    public int? ExpectedVersion { get; init; }
}
