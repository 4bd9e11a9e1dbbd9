namespace Homeward.Data.Cases;

/// <summary>Counts for the dashboard: nothing that identifies anyone.</summary>
/// <param name="Reports">Missing-child reports.</param>
/// <param name="FoundChildren">Found children.</param>
/// <param name="Samples">Typed samples.</param>
/// <param name="MatchesByState">Matches per lifecycle state, by state name.</param>
public sealed record DashboardCounts(int Reports, int FoundChildren, int Samples, IReadOnlyList<KeyValuePair<string, int>> MatchesByState);
