using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Homeward.Kinship;
using Homeward.Registry.Names;

namespace Homeward.Registry.Audit;

/// <summary>
/// The hash chain of the audit log: the canonical serialisation, the hash, and the next row after a
/// head. The canonical form is <c>homeward-audit-v1</c> followed by each field as
/// <c>length:value</c> (length in UTF-16 code units, so no value can be confused with a separator),
/// the timestamp as UTC ticks, the action as its number.
/// </summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first row.</summary>
    public static readonly string GenesisHash = new('0', 64);

    /// <summary>The head of an empty log.</summary>
    public static AuditHead EmptyHead { get; } = new(0, GenesisHash, DateTimeOffset.MinValue);

    /// <summary>The canonical serialisation of every field but the hash.</summary>
    public static string Canonical(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var b = new StringBuilder("homeward-audit-v1\n");
        foreach (var field in new[]
        {
            entry.Sequence.ToString(CultureInfo.InvariantCulture),
            entry.Timestamp.UtcTicks.ToString(CultureInfo.InvariantCulture),
            entry.Actor,
            ((int)entry.Action).ToString(CultureInfo.InvariantCulture),
            entry.EntityType,
            entry.EntityId,
            entry.Details,
            entry.PreviousHash,
        })
        {
            var value = field ?? string.Empty;
            b.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('\n');
        }

        return b.ToString();
    }

    /// <summary>Lower-case hex SHA-256 of the canonical form.</summary>
    public static string ComputeHash(AuditEntry entry) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical(entry))));

    /// <summary>
    /// The row after <paramref name="head"/>. Refused: an id that is not pseudonymous, details with
    /// Chinese characters (a name would be), a time before the head's.
    /// </summary>
    public static Result<AuditEntry> Next(AuditHead head, DateTimeOffset at, string actor, AuditAction action, string entityType, string entityId, string details = "")
    {
        ArgumentNullException.ThrowIfNull(head);
        details ??= string.Empty;
        return new Validation($"audit {head.Sequence + 1}")
            .RequireText(actor, "actor")
            .Require(Enum.IsDefined(action), "action", $"unknown action {action}")
            .Require(!string.IsNullOrEmpty(entityType) && entityType.All(c => char.IsAsciiLetterLower(c) || c == '-'), "entityType", "must be lower-case ASCII letters and '-'")
            .RequireId(entityId, "entityId")
            .Require(!details.Any(ChineseName.IsIdeograph), "details", "must not contain Chinese characters (no names in the audit log)")
            .Require(details.Length <= 500, "details", "must be at most 500 characters")
            .Require(at >= head.Timestamp, "at", "is before the previous row")
            .Build(() =>
            {
                var entry = new AuditEntry(head.Sequence + 1, at, actor, action, entityType, entityId, details, head.Hash, string.Empty);
                return entry with { Hash = ComputeHash(entry) };
            });
    }

    /// <summary>The head after a row.</summary>
    public static AuditHead HeadOf(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Sequence, entry.Hash, entry.Timestamp);
    }
}
