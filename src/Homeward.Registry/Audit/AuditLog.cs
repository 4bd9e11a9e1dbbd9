using System.Collections.Immutable;
using Homeward.Kinship;

namespace Homeward.Registry.Audit;

/// <summary>An in-memory append-only audit log (the Data layer keeps the same chain in a table).</summary>
public sealed class AuditLog
{
    private AuditLog(ImmutableArray<AuditEntry> entries, AuditHead head)
    {
        Entries = entries;
        Head = head;
    }

    /// <summary>An empty log.</summary>
    public static AuditLog Empty { get; } = new([], AuditChain.EmptyHead);

    /// <summary>The rows, oldest first.</summary>
    public ImmutableArray<AuditEntry> Entries { get; }

    /// <summary>The head after the last row.</summary>
    public AuditHead Head { get; }

    /// <summary>The log with one more row.</summary>
    public Result<AuditLog> Append(DateTimeOffset at, string actor, AuditAction action, string entityType, string entityId, string details = "")
    {
        var next = AuditChain.Next(Head, at, actor, action, entityType, entityId, details);
        return next.IsSuccess ? new AuditLog(Entries.Add(next.Value), AuditChain.HeadOf(next.Value)) : Result<AuditLog>.Failure(next.Errors);
    }

    /// <summary>Verifies the rows against the chain and this log's head.</summary>
    public AuditVerification Verify() => AuditVerifier.Verify(Entries, Head);
}
