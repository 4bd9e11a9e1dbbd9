namespace Homeward.Registry.Matching;

/// <summary>One recorded step in a match's history: who did what, when and why.</summary>
/// <param name="Action">What was done.</param>
/// <param name="From">The state before (equal to <paramref name="To"/> for <see cref="MatchAction.RecordCheck"/>; <see cref="MatchState.Potential"/> for <see cref="MatchAction.Open"/>).</param>
/// <param name="To">The state after.</param>
/// <param name="Actor">The user (id).</param>
/// <param name="At">When.</param>
/// <param name="Reason">Why, in the user's words.</param>
/// <param name="Check">For <see cref="MatchAction.RecordCheck"/>: which check.</param>
/// <param name="Passed">For <see cref="MatchAction.RecordCheck"/>: its outcome.</param>
public sealed record MatchTransition(MatchAction Action, MatchState From, MatchState To, string Actor, DateTimeOffset At, string Reason, VerificationCheck? Check = null, bool? Passed = null);
