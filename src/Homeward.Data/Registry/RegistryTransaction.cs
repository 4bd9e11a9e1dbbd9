using System.Data.Common;
using Homeward.Data.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Homeward.Data.Registry;

/// <summary>
/// One unit of registry work: a context on an open connection inside one transaction, and the audit
/// records of what it read and changed. <see cref="CommitAsync"/> saves the changes, appends the
/// records to the audit chain and commits, all in the one transaction: a case is never changed or
/// shown without its entry, and a failure anywhere leaves nothing behind. On PostgreSQL registry
/// writers are serialised by a transaction-scoped advisory lock (SQLite has one writer anyway), so
/// match numbers and the check-then-write of a lifecycle step cannot interleave.
/// </summary>
internal sealed class RegistryTransaction : IAsyncDisposable
{
    private const long PostgresLockKey = 0x486F6D6552656769; // "HomeRegi"

    private readonly DatabaseSettings _settings;
    private readonly IDbContextTransaction _transaction;

    private RegistryTransaction(DatabaseSettings settings, TimeProvider clock, HomewardDbContext db, IDbContextTransaction transaction)
    {
        _settings = settings;
        Clock = clock;
        Db = db;
        _transaction = transaction;
    }

    public HomewardDbContext Db { get; }

    /// <summary>The store's clock.</summary>
    public TimeProvider Clock { get; }

    public List<AuditRecord> Audit { get; } = [];

    public static async Task<RegistryTransaction> BeginAsync(DatabaseSettings settings, TimeProvider clock, bool write, CancellationToken cancellationToken)
    {
        var db = HomewardDatabase.CreateContext(settings);
        try
        {
            await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            if (write && settings.Provider == DatabaseProvider.Postgres)
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.Transaction = transaction.GetDbTransaction();
                command.CommandText = $"SELECT pg_advisory_xact_lock({PostgresLockKey})";
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return new RegistryTransaction(settings, clock, db, transaction);
        }
        catch
        {
            await db.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Saves the tracked changes, appends the audit records and commits.</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        await Db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        DbConnection connection = Db.Database.GetDbConnection();
        await AuditWriter.AppendAsync(connection, _transaction.GetDbTransaction(), _settings.Provider, Audit, now, cancellationToken).ConfigureAwait(false);
        await _transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync().ConfigureAwait(false);
        await Db.DisposeAsync().ConfigureAwait(false);
    }
}
