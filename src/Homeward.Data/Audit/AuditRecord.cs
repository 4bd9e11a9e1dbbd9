namespace Homeward.Data.Audit;

/// <summary>What happened, before it gets its place in the chain. Never personal data: codes only.</summary>
/// <param name="Actor">Who did it (a user name or a service).</param>
/// <param name="Action">What was done: <c>import</c>, <c>update</c>, <c>read</c>, <c>export</c>, …</param>
/// <param name="EntityType">What kind of thing: <c>report</c>, <c>sample</c>, <c>import</c>, …</param>
/// <param name="EntityId">The pseudonymous code of the thing.</param>
/// <param name="Details">A JSON object with details (counts, hashes, states).</param>
public sealed record AuditRecord(string Actor, string Action, string EntityType, string EntityId, string Details);
