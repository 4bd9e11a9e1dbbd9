using System.Data.Common;

namespace Homeward.Data.Imports;

/// <summary>
/// A first load on PostgreSQL (the profile tables empty when the import's transaction began): the
/// secondary indexes and the foreign keys of the four tables it fills are dropped inside that
/// transaction and created again, from their own definitions (<c>pg_indexes</c>,
/// <c>pg_get_constraintdef</c>), just before it commits. Each index is then built by one sort, and
/// each foreign key is checked by one join over the loaded rows instead of a trigger per row.
/// The primary keys stay (other tables' foreign keys point at them). DDL is transactional: a
/// rollback restores everything, and nobody sees the tables without their indexes (the
/// <c>ACCESS EXCLUSIVE</c> locks the drops take are held until the commit; a first load blocks
/// readers of the empty tables meanwhile). Uniqueness is not lost: a first load checks its codes
/// against each other in memory, and the unique indexes are checked again when they are rebuilt.
/// </summary>
internal sealed class PostgresDeferredIndexes : IDeferredIndexes
{
    private const string Tables = "reports, donors, found_children, samples";
    private const string TableNames = "'reports', 'donors', 'found_children', 'samples'";

    /// <summary>The memory a rebuild's sort may use (for this transaction only).</summary>
    private const string RebuildMemory = "SET LOCAL maintenance_work_mem = '256MB'";

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly List<string> _indexes;
    private readonly List<(string Table, string Name, string Definition)> _foreignKeys;

    private PostgresDeferredIndexes(DbConnection connection, DbTransaction transaction, List<string> indexes, List<(string, string, string)> foreignKeys) =>
        (_connection, _transaction, _indexes, _foreignKeys) = (connection, transaction, indexes, foreignKeys);

    /// <summary>
    /// Locks the four tables and, if they are still empty, drops their foreign keys and secondary
    /// indexes; returns null (and drops nothing) when another transaction filled one meanwhile.
    /// </summary>
    public static async Task<PostgresDeferredIndexes?> DropAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await TransactionCommands.ExecuteAsync(connection, transaction, $"LOCK TABLE {Tables} IN ACCESS EXCLUSIVE MODE", cancellationToken).ConfigureAwait(false);
        if (!(await ProfileTables.ReadAsync(connection, transaction, cancellationToken).ConfigureAwait(false)).Empty)
        {
            return null;
        }

        var foreignKeys = new List<(string Table, string Name, string Definition)>();
        await using (var list = TransactionCommands.Create(connection, transaction,
            $"SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text IN ({TableNames}) ORDER BY conrelid::regclass::text, conname"))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                foreignKeys.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        // Not the indexes behind a constraint (the primary keys'): those stay.
        var indexes = new List<(string Name, string Definition)>();
        await using (var list = TransactionCommands.Create(connection, transaction,
            $"SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema() AND i.tablename IN ({TableNames}) " +
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass) ORDER BY i.tablename, i.indexname"))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (table, name, _) in foreignKeys)
        {
            await TransactionCommands.ExecuteAsync(connection, transaction, $"ALTER TABLE {Quote(table)} DROP CONSTRAINT {Quote(name)}", cancellationToken).ConfigureAwait(false);
        }

        foreach (var (name, _) in indexes)
        {
            await TransactionCommands.ExecuteAsync(connection, transaction, $"DROP INDEX {Quote(name)}", cancellationToken).ConfigureAwait(false);
        }

        return new PostgresDeferredIndexes(connection, transaction, indexes.ConvertAll(i => i.Definition), foreignKeys);
    }

    /// <summary>
    /// Creates the indexes, then the foreign keys (each validated by one query), again, and gathers
    /// the tables' statistics (empty before, now loaded: the planner's next estimates would be blind).
    /// </summary>
    public async Task RestoreAsync(CancellationToken cancellationToken)
    {
        await TransactionCommands.ExecuteAsync(_connection, _transaction, RebuildMemory, cancellationToken).ConfigureAwait(false);
        foreach (var definition in _indexes)
        {
            await TransactionCommands.ExecuteAsync(_connection, _transaction, definition, cancellationToken).ConfigureAwait(false);
        }

        foreach (var (table, name, definition) in _foreignKeys)
        {
            await TransactionCommands.ExecuteAsync(_connection, _transaction, $"ALTER TABLE {Quote(table)} ADD CONSTRAINT {Quote(name)} {definition}", cancellationToken).ConfigureAwait(false);
        }

        await TransactionCommands.ExecuteAsync(_connection, _transaction, $"ANALYZE {Tables}", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A name as a quoted SQL identifier (a <c>regclass</c> text may already be quoted).</summary>
    private static string Quote(string name) =>
        name.StartsWith('"') ? name : "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
