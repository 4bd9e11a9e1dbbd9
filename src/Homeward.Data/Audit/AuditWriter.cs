using System.Data.Common;
using Homeward.Data.Entities;
using Npgsql;

namespace Homeward.Data.Audit;

/// <summary>
/// Appends entries to the chain inside the caller's transaction, so that an entry exists exactly
/// when the change or read it records was committed. On PostgreSQL a transaction-scoped advisory lock
/// serialises appenders (two writers cannot both extend the same head); SQLite has one writer at a time
/// anyway. The sequence is the key: a writer that lost a race fails rather than forks the chain.
/// </summary>
internal static class AuditWriter
{
    private const long PostgresLockKey = 0x486F6D6577617264; // "Homeward"

    public static async Task<long> AppendAsync(DbConnection connection, DbTransaction transaction, DatabaseProvider provider, IReadOnlyList<AuditRecord> records, DateTime now, CancellationToken cancellationToken)
    {
        if (records.Count == 0)
        {
            return 0;
        }

        if (provider == DatabaseProvider.Postgres)
        {
            await using var lockCommand = Command(connection, transaction, "SELECT pg_advisory_xact_lock(@key)");
            Add(lockCommand, "key", PostgresLockKey);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        long sequence = 0;
        var previous = AuditHasher.Genesis;
        await using (var head = Command(connection, transaction, "SELECT sequence, hash FROM audit_entries ORDER BY sequence DESC LIMIT 1"))
        await using (var reader = await head.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                sequence = reader.GetInt64(0);
                previous = (byte[])reader.GetValue(1);
            }
        }

        await using var insert = Command(connection, transaction,
            "INSERT INTO audit_entries (sequence, timestamp, actor, action, entity_type, entity_id, details, previous_hash, hash) " +
            "VALUES (@sequence, @timestamp, @actor, @action, @entity_type, @entity_id, @details, @previous_hash, @hash)");
        var timestamp = AuditHasher.Truncate(now);
        foreach (var record in records)
        {
            var entry = new AuditEntryEntity
            {
                Sequence = ++sequence,
                Timestamp = timestamp,
                Actor = record.Actor,
                Action = record.Action,
                EntityType = record.EntityType,
                EntityId = record.EntityId,
                Details = record.Details,
                PreviousHash = previous,
                Hash = [],
            };
            entry.Hash = AuditHasher.Hash(entry);
            insert.Parameters.Clear();
            Add(insert, "sequence", entry.Sequence);
            Add(insert, "timestamp", entry.Timestamp);
            Add(insert, "actor", entry.Actor);
            Add(insert, "action", entry.Action);
            Add(insert, "entity_type", entry.EntityType);
            Add(insert, "entity_id", entry.EntityId);
            Add(insert, "details", entry.Details);
            Add(insert, "previous_hash", entry.PreviousHash);
            Add(insert, "hash", entry.Hash);
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            previous = entry.Hash;
        }

        return sequence;
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        if (command is NpgsqlCommand npgsql && value is DateTime time)
        {
            npgsql.Parameters.AddWithValue(name, NpgsqlTypes.NpgsqlDbType.TimestampTz, DateTime.SpecifyKind(time, DateTimeKind.Utc));
            return;
        }

        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
