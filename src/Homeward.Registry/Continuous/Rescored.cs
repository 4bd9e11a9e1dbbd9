using Homeward.Registry.Matching;

namespace Homeward.Registry.Continuous;

/// <summary>A stored match re-scored under new frequencies or models.</summary>
/// <param name="Match">The match with its new score (state unchanged).</param>
/// <param name="PreviousDnaLr">The DNA LR before, or null when it was not scored.</param>
/// <param name="FellBelowThreshold">Whether the new DNA LR is below the opening threshold (for review, never an automatic exclusion).</param>
public sealed record Rescored(MatchCase Match, double? PreviousDnaLr, bool FellBelowThreshold);
