using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Homeward.Data.Audit;

/// <summary>
/// A transaction for reads whose audit entries go through an <see cref="AuditBatcher"/>: it takes no
/// write lock (SQLite deferred: Microsoft.Data.Sqlite would otherwise begin IMMEDIATE, queueing every
/// reader behind the one writer) and gives all its queries one snapshot (PostgreSQL repeatable read,
/// read only). The caller commits it, then awaits the batcher before showing what it read.
/// </summary>
internal static class ReadSnapshot
{
    public static async Task<IDbContextTransaction> BeginAsync(HomewardDbContext db, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        if (provider == DatabaseProvider.Sqlite)
        {
            var sqlite = (SqliteConnection)db.Database.GetDbConnection();
            return await db.Database.UseTransactionAsync(sqlite.BeginTransaction(deferred: true), cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("the read transaction could not be enlisted");
        }

        var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken).ConfigureAwait(false);
        await db.Database.ExecuteSqlRawAsync("SET TRANSACTION READ ONLY", cancellationToken).ConfigureAwait(false);
        return transaction;
    }
}
