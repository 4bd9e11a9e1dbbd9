using Homeward.Kinship;

namespace Homeward.Registry.Cases;

/// <summary>A follow-up visit after a reunion: due on a day, then done by a caseworker with notes.</summary>
public sealed class FollowUpVisit
{
    private FollowUpVisit(DateOnly dueOn, DateOnly? visitedOn, string? caseworker, string? notes, bool concern)
    {
        DueOn = dueOn;
        VisitedOn = visitedOn;
        Caseworker = caseworker;
        Notes = notes;
        RaisesConcern = concern;
    }

    /// <summary>The day the visit is due.</summary>
    public DateOnly DueOn { get; }

    /// <summary>The day of the visit, once done.</summary>
    public DateOnly? VisitedOn { get; }

    /// <summary>The caseworker who visited.</summary>
    public string? Caseworker { get; }

    /// <summary>What the caseworker found (kept with the case, never in the audit log).</summary>
    public string? Notes { get; }

    /// <summary>Whether the visit raised a concern for the child's welfare (a referral follows).</summary>
    public bool RaisesConcern { get; }

    /// <summary>Whether the visit was done.</summary>
    public bool IsDone => VisitedOn is not null;

    /// <summary>A visit still due.</summary>
    public static FollowUpVisit Due(DateOnly dueOn) => new(dueOn, null, null, null, false);

    /// <summary>Whether the visit is overdue on <paramref name="today"/>.</summary>
    public bool IsOverdue(DateOnly today) => !IsDone && today > DueOn;

    /// <summary>Records the visit; fails when already recorded.</summary>
    public Result<FollowUpVisit> Record(DateOnly visitedOn, string caseworker, string? notes, bool raisesConcern) =>
        new Validation($"follow-up {DueOn:yyyy-MM-dd}")
            .Require(!IsDone, "visitedOn", "the visit is already recorded")
            .RequireText(caseworker, "caseworker")
            .Build(() => new FollowUpVisit(DueOn, visitedOn, caseworker, notes?.Trim(), raisesConcern));
}
