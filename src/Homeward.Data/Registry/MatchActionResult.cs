using Homeward.Kinship;
using Homeward.Registry.Matching;

namespace Homeward.Data.Registry;

/// <summary>The outcome of a step on a match.</summary>
/// <param name="Outcome">Applied, not found, stale or refused.</param>
/// <param name="Match">The match after the step (applied) or as stored (stale, refused); null when not found.</param>
/// <param name="Version">The match's version now (0 when not found).</param>
/// <param name="Errors">Why it was not applied, as <c>place: message</c>.</param>
public sealed record MatchActionResult(MatchActionOutcome Outcome, MatchCase? Match, int Version, IReadOnlyList<InputError> Errors)
{
    /// <summary>Whether the step was applied.</summary>
    public bool IsApplied => Outcome == MatchActionOutcome.Applied;
}
