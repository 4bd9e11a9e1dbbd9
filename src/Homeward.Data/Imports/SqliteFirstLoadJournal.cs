using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Homeward.Data.Imports;

/// <summary>
/// A first load on SQLite (no reports, found children or samples yet) commits through a rollback
/// journal instead of the write-ahead log, when the import's connection is the only one open on the
/// file. In WAL mode every page of the load is written twice, once to the log with a checksum per
/// frame and once more into the file when the log is checkpointed at the commit (7.2 s of a 32.7 s load of a
/// million profiles, docs/data-benchmarks.md). A rollback journal keeps the old content of the pages
/// a transaction changes, and the pages of an empty database's growth have no old content, so the load
/// is written once. The transaction is as atomic and durable as before (a crash leaves a hot journal
/// that the next connection rolls back; <c>synchronous=FULL</c> still holds), and the file is put back
/// in WAL mode when the import ends, committed or not. While it runs, readers that open the file wait
/// for the load's commit instead of reading the empty registry beside it (SQLite's rollback locking).
/// If the mode cannot be changed (another connection is open: SQLite refuses at once, it does not
/// wait) the load goes through the WAL as any other import. A crash during the load leaves the file in
/// rollback mode until the next import or <c>db init</c> sets WAL again.
/// </summary>
internal sealed class SqliteFirstLoadJournal : IAsyncDisposable
{
    private readonly SqliteConnection _connection;

    private SqliteFirstLoadJournal(SqliteConnection connection) => _connection = connection;

    /// <summary>
    /// Outside any transaction: for a first load (<see cref="ProfileTables.Empty"/>), when the file can
    /// leave WAL mode, switches it to a rollback journal and returns what switches it back; otherwise
    /// makes sure it is in WAL mode (a crashed first load may have left it) and returns null.
    /// </summary>
    public static async Task<SqliteFirstLoadJournal?> BeginAsync(SqliteConnection connection, bool firstLoad, CancellationToken cancellationToken)
    {
        if (!firstLoad)
        {
            await SetModeAsync(connection, "wal", cancellationToken).ConfigureAwait(false);
            return null;
        }

        try
        {
            return await SetModeAsync(connection, "delete", cancellationToken).ConfigureAwait(false) == "delete"
                ? new SqliteFirstLoadJournal(connection)
                : null;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 5)
        {
            return null; // SQLITE_BUSY: another connection has the file open; the load goes through the WAL
        }
    }

    /// <summary>
    /// Puts the file back in WAL mode (after the commit or the rollback). If SQLite cannot, the import's
    /// outcome stands as it is (a committed load is not reported as failed) and the file stays in
    /// rollback mode, which is as safe, until the next import or <c>db init</c> sets WAL.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await SetModeAsync(_connection, "wal", CancellationToken.None).ConfigureAwait(false);
        }
        catch (SqliteException)
        {
            // kept in rollback mode; see above
        }
    }

    /// <summary>The journal mode in force after asking for <paramref name="mode"/>.</summary>
    private static async Task<string?> SetModeAsync(DbConnection connection, string mode, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = mode == "wal" ? "PRAGMA journal_mode = WAL" : "PRAGMA journal_mode = DELETE";
        return (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false)) as string;
    }
}
