namespace Homeward.Registry.Audit;

/// <summary>The end of a log: kept apart from the rows (another store, a signed receipt) so truncation shows.</summary>
/// <param name="Sequence">The last sequence number (0 for an empty log).</param>
/// <param name="Hash">The last row's hash (<see cref="AuditChain.GenesisHash"/> for an empty log).</param>
/// <param name="Timestamp">The last row's time.</param>
public sealed record AuditHead(long Sequence, string Hash, DateTimeOffset Timestamp);
