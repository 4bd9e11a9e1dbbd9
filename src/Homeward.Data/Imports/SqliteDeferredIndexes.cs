using System.Data.Common;
using Homeward.Data.Reading;

namespace Homeward.Data.Imports;

/// <summary>
/// A first load on SQLite (the profile tables empty when the import's transaction began): the
/// secondary indexes of the four tables it fills are dropped inside that transaction and created
/// again, from their own stored definitions, just before it commits, except the two indexes of
/// <c>samples</c> on its subject (<c>donor_id</c>, <c>found_child_id</c>). Building an index once from
/// the loaded rows is one sort instead of an insert per row at a place the file's order decides (the
/// codes; a report's id, which a relative's row takes in whatever order the file names the report).
/// A sample's subject is created with it, and the import's ids increase (<see cref="SequentialIds"/>),
/// so those two indexes take appends, which cost less than rebuilding them: each rebuild is a pass
/// over the widest table (a million profiles: 16.8–17.0 s against 18.9–21.0 s from a shuffled file,
/// docs/data-benchmarks.md). Nothing else sees the tables without their indexes (the transaction holds
/// SQLite's write lock and others read the last commit), and a rollback restores them. Uniqueness is
/// not lost: a first load checks its codes against each other in memory, and the unique indexes are
/// checked again when they are rebuilt. The registry-version triggers of those tables go and come
/// back the same way (one version bump per row loaded would cost the load more than its indexes); the
/// version is bumped once instead.
/// </summary>
internal sealed class SqliteDeferredIndexes : IDeferredIndexes
{
    private const string Tables = "'reports', 'donors', 'found_children', 'samples'";
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly List<string> _definitions;

    private SqliteDeferredIndexes(DbConnection connection, DbTransaction transaction, List<string> definitions) =>
        (_connection, _transaction, _definitions) = (connection, transaction, definitions);

    /// <summary>Drops the indexes (those that have a definition: not the primary keys'; not the samples' subject indexes) and the triggers.</summary>
    public static async Task<SqliteDeferredIndexes> DropAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var indexes = new List<(string Type, string Name, string Sql)>();
        await using (var list = TransactionCommands.Create(connection, transaction, $"SELECT type, name, sql FROM sqlite_master m WHERE sql IS NOT NULL AND tbl_name IN ({Tables}) " +
            "AND (type = 'trigger' OR (type = 'index' AND NOT (tbl_name = 'samples' AND NOT EXISTS (SELECT 1 FROM pragma_index_info(m.name) c WHERE c.name NOT IN ('donor_id', 'found_child_id')))))"))
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
