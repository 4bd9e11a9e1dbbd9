namespace Homeward.Data.Entities;

/// <summary>One step of a match's lifecycle: who moved it, when, from what to what, and why.</summary>
internal sealed class MatchTransitionEntity
{
    public Guid Id { get; set; }

    public Guid MatchId { get; set; }

    public MatchEntity? Match { get; set; }

    public required string FromState { get; set; }

    public required string ToState { get; set; }

    public required string Actor { get; set; }

    public DateTime At { get; set; }

    public required string Reason { get; set; }
}
