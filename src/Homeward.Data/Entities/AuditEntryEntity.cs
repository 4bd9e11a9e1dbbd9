namespace Homeward.Data.Entities;

/// <summary>
/// One entry of the append-only audit chain. <see cref="Hash"/> is SHA-256 over the canonical
/// serialisation of every other column, <see cref="PreviousHash"/> included (see Audit/AuditHasher).
/// </summary>
internal sealed class AuditEntryEntity
{
    /// <summary>1, 2, 3, … without gaps; the key.</summary>
    public long Sequence { get; set; }

    /// <summary>UTC, microsecond precision (what both providers store exactly).</summary>
    public DateTime Timestamp { get; set; }

    public required string Actor { get; set; }

    public required string Action { get; set; }

    public required string EntityType { get; set; }

    /// <summary>The pseudonymous code of the entity (report, sample, …), never a name.</summary>
    public required string EntityId { get; set; }

    /// <summary>Details as JSON, without personal data.</summary>
    public required string Details { get; set; }

    public required byte[] PreviousHash { get; set; }

    public required byte[] Hash { get; set; }
}
