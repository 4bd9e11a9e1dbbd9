namespace Homeward.Registry.Continuous;

/// <summary>The outcome of re-scoring.</summary>
/// <param name="Matches">The re-scored matches.</param>
/// <param name="Warnings">Matches that could not be re-scored, and why.</param>
public sealed record RescoreRun(IReadOnlyList<Rescored> Matches, IReadOnlyList<string> Warnings);
