namespace Homeward.Data.Entities;

/// <summary>One step of a match's lifecycle: who did what, when, from what to what, and why.</summary>
internal sealed class MatchTransitionEntity
{
    public Guid Id { get; set; }

    public Guid MatchId { get; set; }

    public MatchEntity? Match { get; set; }

    /// <summary>0, 1, 2, … in the order of the history (0 is the opening).</summary>
    public int Sequence { get; set; }

    /// <summary>The action (the domain's <c>MatchAction</c> name).</summary>
    public string Action { get; set; } = string.Empty;

    public required string FromState { get; set; }

    public required string ToState { get; set; }

    public required string Actor { get; set; }

    public DateTime At { get; set; }

    public required string Reason { get; set; }

    /// <summary>For a verification check: which one (the domain's <c>VerificationCheck</c> name).</summary>
    public string? VerificationCheck { get; set; }

    /// <summary>For a verification check: its outcome.</summary>
    public bool? Passed { get; set; }
}
