using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Homeward.Data;

/// <summary>Opens the database of some settings: contexts, migrations, connections.</summary>
public static class HomewardDatabase
{
    private const int ContextPoolSize = 64;

    private static readonly ConcurrentDictionary<DatabaseSettings, PooledDbContextFactory<HomewardDbContext>> Pools = new();

    /// <summary>The migrations assembly of SQLite.</summary>
    public const string SqliteMigrationsAssembly = "Homeward.Data.Migrations.Sqlite";

    /// <summary>The migrations assembly of PostgreSQL.</summary>
    public const string PostgresMigrationsAssembly = "Homeward.Data.Migrations.Postgres";

    /// <summary>Creates the database if needed and applies every pending migration of its provider.</summary>
    public static async Task MigrateAsync(DatabaseSettings settings, CancellationToken cancellationToken = default)
    {
        await using var db = CreateContext(settings);
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // WAL: readers do not block the importer; with synchronous=FULL (set per connection) a
            // committed transaction survives a crash or power loss. The journal mode is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The migrations not yet applied (empty when the schema is current).</summary>
    public static async Task<IReadOnlyList<string>> PendingMigrationsAsync(DatabaseSettings settings, CancellationToken cancellationToken = default)
    {
        await using var db = CreateContext(settings);
        return [.. await db.Database.GetPendingMigrationsAsync(cancellationToken).ConfigureAwait(false)];
    }

    /// <summary>
    /// A context of <paramref name="settings"/> from a pool per database: building the options and
    /// constructing an Identity-sized context cost more than a small page's queries, so a context is
    /// reset and reused rather than made anew (EF Core context pooling; disposing returns it). The
    /// contexts hold no state between uses: the pool resets tracking, transactions and connection.
    /// </summary>
    internal static HomewardDbContext CreateContext(DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return Pools.GetOrAdd(settings, static s => new PooledDbContextFactory<HomewardDbContext>(Options(s), ContextPoolSize)).CreateDbContext();
    }

    internal static DbContextOptions<HomewardDbContext> Options(DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = new DbContextOptionsBuilder<HomewardDbContext>();
        switch (settings.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(settings.ConnectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly));
                builder.AddInterceptors(SqlitePragmas.Instance);
                break;
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(settings.ConnectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, "unknown provider");
        }

        return builder.Options;
    }

    /// <summary>Durability and lock waiting for every SQLite connection EF opens.</summary>
    private sealed class SqlitePragmas : DbConnectionInterceptor
    {
        public static readonly SqlitePragmas Instance = new();

        private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> Configured = new();

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Apply(connection);
            return Task.CompletedTask;
        }

        private static void Apply(DbConnection connection)
        {
            // A pooled connection keeps its handle, and the pragmas with it: set them once per handle.
            if (connection is SqliteConnection { Handle: { } handle } sqlite && !Configured.TryGetValue(handle, out _))
            {
                using var command = sqlite.CreateCommand();
                command.CommandText = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;";
                command.ExecuteNonQuery();
                Configured.AddOrUpdate(handle, Configured);
            }
        }
    }
}
