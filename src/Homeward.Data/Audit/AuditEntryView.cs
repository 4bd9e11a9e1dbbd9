namespace Homeward.Data.Audit;

/// <summary>An audit entry as the audit log page lists it.</summary>
/// <param name="Sequence">Place in the chain.</param>
/// <param name="Timestamp">When (UTC).</param>
/// <param name="Actor">Who.</param>
/// <param name="Action">What.</param>
/// <param name="EntityType">On what kind of thing.</param>
/// <param name="EntityId">The thing's code.</param>
/// <param name="Details">JSON details.</param>
public sealed record AuditEntryView(long Sequence, DateTime Timestamp, string Actor, string Action, string EntityType, string EntityId, string Details);
