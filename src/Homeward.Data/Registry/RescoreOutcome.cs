namespace Homeward.Data.Registry;

/// <summary>What re-scoring changed.</summary>
/// <param name="Rescored">Matches whose score was recomputed.</param>
/// <param name="Flagged">Ids of matches whose DNA LR fell below the threshold (for review, never excluded automatically).</param>
/// <param name="Warnings">Matches that could not be re-scored, and why.</param>
/// <param name="Changed">Matches whose DNA LR is not the one stored before (a new table, θ or mutation model).</param>
public sealed record RescoreOutcome(int Rescored, IReadOnlyList<string> Flagged, IReadOnlyList<string> Warnings, int Changed = 0);
