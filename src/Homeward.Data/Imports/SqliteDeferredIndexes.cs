using System.Data.Common;
using Homeward.Data.Reading;

namespace Homeward.Data.Imports;

/// <summary>
/// A first load on SQLite (the profile tables empty when the import's transaction began): the indexes
/// on the four tables' <c>code</c> columns are dropped inside that transaction and created again, from
/// their own stored definitions, just before it commits. Their keys come from the file, in the file's
/// order, which may be any: one sort of the loaded rows beats an insert at a random place per row. The
/// other indexes stay: their keys are the import's own increasing ids (<see cref="SequentialIds"/>)
/// or NULL, so each row is an append, cheaper than a second pass over the loaded table to rebuild
/// them (a first load of a million profiles took 15.4 s keeping them against 17.9 s rebuilding them
/// from a shuffled file, docs/data-benchmarks.md). Nothing else sees the tables without the dropped
/// indexes (the transaction holds SQLite's write lock and others read the last commit), and a rollback
/// restores them. Uniqueness is not lost: a first load checks its codes against each other in memory,
/// and the unique indexes are checked again when they are rebuilt. The registry-version triggers of
/// those tables go and come back the same way (one version bump per row loaded would cost the load more
/// than its indexes); the version is bumped once instead.
/// </summary>
internal sealed class SqliteDeferredIndexes : IDeferredIndexes
{
    private const string Tables = "'reports', 'donors', 'found_children', 'samples'";
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly List<string> _definitions;

    private SqliteDeferredIndexes(DbConnection connection, DbTransaction transaction, List<string> definitions) =>
        (_connection, _transaction, _definitions) = (connection, transaction, definitions);

    /// <summary>Drops the indexes on the code columns and the triggers.</summary>
    public static async Task<SqliteDeferredIndexes> DropAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var indexes = new List<(string Type, string Name, string Sql)>();
        await using (var list = TransactionCommands.Create(connection, transaction, $"SELECT type, name, sql FROM sqlite_master m WHERE sql IS NOT NULL AND tbl_name IN ({Tables}) " +
            "AND (type = 'trigger' OR (type = 'index' AND EXISTS (SELECT 1 FROM pragma_index_info(m.name) c WHERE c.name = 'code')))"))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                indexes.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        foreach (var (type, name, _) in indexes)
        {
            await TransactionCommands.ExecuteAsync(connection, transaction, $"DROP {(type == "trigger" ? "TRIGGER" : "INDEX")} \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", cancellationToken).ConfigureAwait(false);
        }

        return new SqliteDeferredIndexes(connection, transaction, indexes.ConvertAll(i => i.Sql));
    }

    /// <summary>Creates the indexes and triggers again and bumps the registry version (before the commit).</summary>
    public async Task RestoreAsync(CancellationToken cancellationToken)
    {
        foreach (var sql in _definitions)
        {
            await TransactionCommands.ExecuteAsync(_connection, _transaction, sql, cancellationToken).ConfigureAwait(false);
        }

        await RegistryVersion.BumpAsync(_connection, _transaction, cancellationToken).ConfigureAwait(false);
    }
}
