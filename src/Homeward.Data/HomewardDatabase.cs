using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Homeward.Data;

/// <summary>Opens the database of some settings: contexts, migrations, connections.</summary>
public static class HomewardDatabase
{
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

    internal static HomewardDbContext CreateContext(DatabaseSettings settings) => new(Options(settings));

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

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Apply(connection);
            return Task.CompletedTask;
        }

        private static void Apply(DbConnection connection)
        {
            if (connection is SqliteConnection sqlite)
            {
                using var command = sqlite.CreateCommand();
                command.CommandText = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;";
                command.ExecuteNonQuery();
            }
        }
    }
}
