namespace Homeward.Data.Entities;

/// <summary>A follow-up visit of a reunited match: due on a day, then done by a caseworker.</summary>
internal sealed class FollowUpVisitEntity
{
    public Guid Id { get; set; }

    public Guid MatchId { get; set; }

    public MatchEntity? Match { get; set; }

    /// <summary>0, 1, 2, … in schedule order.</summary>
    public int Number { get; set; }

    public DateOnly DueOn { get; set; }

    public DateOnly? VisitedOn { get; set; }

    public string? Caseworker { get; set; }

    /// <summary>What the caseworker found (kept with the case, never in the audit log).</summary>
    public string? Notes { get; set; }

    public bool RaisesConcern { get; set; }
}
