namespace Homeward.Registry.Matching;

/// <summary>Why and by whom a pair was excluded.</summary>
/// <param name="Key">The pair.</param>
/// <param name="MatchId">The match that was excluded.</param>
/// <param name="Actor">Who excluded it.</param>
/// <param name="At">When.</param>
/// <param name="Reason">Why.</param>
public sealed record ExclusionRecord(MatchKey Key, string MatchId, string Actor, DateTimeOffset At, string Reason);
