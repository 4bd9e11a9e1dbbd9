namespace Homeward.Registry.Matching;

/// <summary>
/// The allowed moves of a match, as one table:
/// <code>
/// potential → under review → confirmatory test requested → confirmed → verification → reunited → follow-ups due
///     └────────────┴──────────────────┴────────────────┴──────────┴──→ excluded (with a reason)
/// </code>
/// <see cref="MatchAction.RecordCheck"/> stays in verification; <see cref="MatchAction.Reunite"/> also
/// needs all four checks passed. Excluded and follow-ups due are final; a reunited match cannot be
/// excluded (undoing a reunion is a child-protection case of its own, not a match decision).
/// </summary>
public static class MatchLifecycle
{
    /// <summary>The state an action leads to from <paramref name="from"/>, or null when it is not allowed there.</summary>
    public static MatchState? Target(MatchState from, MatchAction action) => (from, action) switch
    {
        (MatchState.Potential, MatchAction.StartReview) => MatchState.UnderReview,
        (MatchState.UnderReview, MatchAction.RequestConfirmatoryTest) => MatchState.ConfirmatoryTestRequested,
        (MatchState.ConfirmatoryTestRequested, MatchAction.Confirm) => MatchState.Confirmed,
        (MatchState.Confirmed, MatchAction.BeginVerification) => MatchState.Verification,
        (MatchState.Verification, MatchAction.RecordCheck) => MatchState.Verification,
        (MatchState.Verification, MatchAction.Reunite) => MatchState.Reunited,
        (MatchState.Reunited, MatchAction.StartFollowUps) => MatchState.FollowUpsDue,
        (_, MatchAction.Exclude) when CanExclude(from) => MatchState.Excluded,
        _ => null,
    };

    /// <summary>Whether no action leads out of the state.</summary>
    public static bool IsFinal(MatchState state) => state is MatchState.Excluded or MatchState.FollowUpsDue;

    /// <summary>Whether a match in this state may be excluded: every state before the reunion.</summary>
    public static bool CanExclude(MatchState state) =>
        state is MatchState.Potential or MatchState.UnderReview or MatchState.ConfirmatoryTestRequested or MatchState.Confirmed or MatchState.Verification;
}
