namespace Homeward.Intel.Scoring;

/// <summary>How much one indicator group added to a post's log-odds, and how many hits it had.</summary>
/// <param name="Group">The group.</param>
/// <param name="Weight">The log-odds it added (its weight, once, whatever the number of hits).</param>
/// <param name="Hits">How many hits the group had.</param>
public sealed record GroupContribution(string Group, double Weight, int Hits);
