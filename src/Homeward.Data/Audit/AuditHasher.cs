using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Homeward.Data.Entities;

namespace Homeward.Data.Audit;

/// <summary>
/// The hash of an audit entry: SHA-256 over the UTF-8 of the JSON array
/// <c>[sequence, "timestamp", actor, action, entityType, entityId, details, "previousHashHex"]</c>,
/// timestamp as <c>yyyy-MM-ddTHH:mm:ss.ffffffZ</c>. JSON escaping makes the serialisation
/// unambiguous (no field can imitate a separator); the previous hash inside links the chain.
/// </summary>
internal static class AuditHasher
{
    /// <summary>The previous hash of the first entry.</summary>
    public static readonly byte[] Genesis = new byte[32];

    public static byte[] Hash(AuditEntryEntity entry)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(entry.Sequence);
            writer.WriteStringValue(FormatTimestamp(entry.Timestamp));
            writer.WriteStringValue(entry.Actor);
            writer.WriteStringValue(entry.Action);
            writer.WriteStringValue(entry.EntityType);
            writer.WriteStringValue(entry.EntityId);
            writer.WriteStringValue(entry.Details);
            writer.WriteStringValue(Convert.ToHexStringLower(entry.PreviousHash));
            writer.WriteEndArray();
        }

        return SHA256.HashData(buffer.WrittenSpan);
    }

    /// <summary>UTC to the microsecond: what PostgreSQL and SQLite both store exactly.</summary>
    public static DateTime Truncate(DateTime time) =>
        new(time.Ticks - (time.Ticks % 10), DateTimeKind.Utc);

    public static string FormatTimestamp(DateTime time) =>
        time.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'ffffff'Z'", CultureInfo.InvariantCulture);
}
