namespace Homeward.Registry.Audit;

/// <summary>
/// One row of the append-only audit log. It names entities only by pseudonymous ids — never a name or
/// a genotype. <see cref="Hash"/> is SHA-256 over <see cref="AuditChain.Canonical"/> of every other
/// field including <see cref="PreviousHash"/>, so each row seals the whole history before it.
/// </summary>
/// <param name="Sequence">1, 2, 3, … without gaps.</param>
/// <param name="Timestamp">When it happened (UTC is what is hashed).</param>
/// <param name="Actor">The user or job (id).</param>
/// <param name="Action">What was done.</param>
/// <param name="EntityType">The kind of record (report, donor, found-child, sample, profile, match, …).</param>
/// <param name="EntityId">The record's pseudonymous id.</param>
/// <param name="Details">A short note without personal data (a rule name, a state change).</param>
/// <param name="PreviousHash">The previous row's hash (64 zeros for the first row).</param>
/// <param name="Hash">Lower-case hex SHA-256 of the canonical form.</param>
public sealed record AuditEntry(long Sequence, DateTimeOffset Timestamp, string Actor, AuditAction Action, string EntityType, string EntityId, string Details, string PreviousHash, string Hash);
