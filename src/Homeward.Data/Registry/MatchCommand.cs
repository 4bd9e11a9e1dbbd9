using Homeward.Registry.Cases;
using Homeward.Registry.Matching;
using Homeward.Registry.Places;

namespace Homeward.Data.Registry;

/// <summary>A step to take on a stored match, by whom and why.</summary>
/// <param name="MatchId">The match.</param>
/// <param name="Action">The action (any but <see cref="MatchAction.Open"/>).</param>
/// <param name="Actor">Who acts (recorded in the history and the audit log).</param>
/// <param name="Reason">Why (recorded in the history; not in the audit log, it may name people).</param>
public sealed record MatchCommand(string MatchId, MatchAction Action, string Actor, string Reason)
{
    /// <summary>The version the actor saw; when given and the match has moved on since, the step is refused as stale.</summary>
    public int? ExpectedVersion { get; init; }

    /// <summary>For <see cref="MatchAction.RecordCheck"/>: which check.</summary>
    public VerificationCheck? Check { get; init; }

    /// <summary>For <see cref="MatchAction.RecordCheck"/>: its outcome (default passed).</summary>
    public bool Passed { get; init; } = true;

    /// <summary>For <see cref="MatchAction.Reunite"/>: where the reunion took place (unknown when null).</summary>
    public Place? ReunionPlace { get; init; }

    /// <summary>For <see cref="MatchAction.StartFollowUps"/>: the visits' schedule (default 1, 3, 6, 12, 24 months).</summary>
    public FollowUpSchedule? Schedule { get; init; }
}
