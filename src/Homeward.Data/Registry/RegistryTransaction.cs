using System.Data.Common;
using Homeward.Data.Audit;
using Homeward.Data.Reading;
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
/// <para>
/// A read given a <see cref="AuditBatcher"/> is different: it reads in a transaction that takes no
/// write lock (SQLite deferred, PostgreSQL repeatable-read read-only: one snapshot for all its queries),
/// and on commit hands its records to the batcher, waiting until they are committed. The read changes
/// nothing, so recording it just after it ends is the same fact as recording it within; what is kept is
/// that nothing read is returned before its entry is on record. Concurrent reads then neither queue for
/// the single writer nor pay one fsync each (docs/benchmarks.md, "Web under load").
/// </para>
/// </summary>
internal sealed class RegistryTransaction : IAsyncDisposable
{
    private const long PostgresLockKey = 0x486F6D6552656769; // "HomeRegi"

    private readonly DatabaseSettings _settings;
    private readonly IDbContextTransaction _transaction;
    private readonly AuditBatcher? _readAudit;

    private RegistryTransaction(DatabaseSettings settings, TimeProvider clock, HomewardDbContext db, IDbContextTransaction transaction, AuditBatcher? readAudit)
    {
        _settings = settings;
        Clock = clock;
        Db = db;
        _transaction = transaction;
        _readAudit = readAudit;
    }

    public HomewardDbContext Db { get; }

    /// <summary>The store's clock.</summary>
    public TimeProvider Clock { get; }

    public List<AuditRecord> Audit { get; } = [];

    /// <summary>Begins a unit of work; a read (<paramref name="write"/> false) with <paramref name="readAudit"/> takes no write lock and audits through the batcher.</summary>
    public static async Task<RegistryTransaction> BeginAsync(DatabaseSettings settings, TimeProvider clock, bool write, AuditBatcher? readAudit, CancellationToken cancellationToken)
    {
        var db = HomewardDatabase.CreateContext(settings);
        try
        {
            if (!write && readAudit is not null)
            {
                var reading = await ReadSnapshot.BeginAsync(db, settings.Provider, cancellationToken).ConfigureAwait(false);
                return new RegistryTransaction(settings, clock, db, reading, readAudit);
            }

            await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            if (write && settings.Provider == DatabaseProvider.Postgres)
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.Transaction = transaction.GetDbTransaction();
                command.CommandText = $"SELECT pg_advisory_xact_lock({PostgresLockKey})";
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return new RegistryTransaction(settings, clock, db, transaction, null);
        }
        catch
        {
            await db.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// A view of the registry as this transaction sees it: the one cached under <paramref name="kind"/>
    /// and <paramref name="key"/> when the registry's version is still the one it was read at, else
    /// <paramref name="load"/>ed (and cached). Only batched reads on SQLite with a cache use one; the
    /// version is read inside this transaction's snapshot, before the view, so a view is never newer
    /// than the version it is kept under. The caller audits the read either way.
    /// </summary>
    public async Task<T> ViewAsync<T>(string kind, string key, Func<Task<T>> load, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(load);
        if (_readAudit?.Cache is not { } cache || _settings.Provider != DatabaseProvider.Sqlite)
        {
            return await load().ConfigureAwait(false);
        }

        var version = await RegistryVersion.ReadAsync(Db.Database.GetDbConnection(), _transaction.GetDbTransaction(), cancellationToken).ConfigureAwait(false);
        if (cache.TryGet(kind, key, version, out T cached))
        {
            return cached;
        }

        var view = await load().ConfigureAwait(false);
        cache.Set(kind, key, version, view);
        return view;
    }

    /// <summary>Saves the tracked changes, appends the audit records and commits (a batched read: commits, then waits for its records).</summary>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_readAudit is not null)
        {
            if (Db.ChangeTracker.HasChanges())
            {
                throw new InvalidOperationException("a read-only registry transaction has changes to save");
            }

            await _transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            await _readAudit.AppendAsync([.. Audit], cancellationToken).ConfigureAwait(false);
            return;
        }

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
