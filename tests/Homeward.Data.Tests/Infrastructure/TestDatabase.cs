using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Homeward.Data.Tests.Infrastructure;

/// <summary>
/// A fresh, migrated database for one test, on one provider; deleted (dropped) on dispose. SQLite: a
/// temp file. PostgreSQL: a database created from a template migrated once per test run, so every
/// test starts from the real schema without paying for the migrations each time.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private static readonly SemaphoreSlim TemplateLock = new(1, 1);
    private static bool s_templateReady;
    private static int s_counter;

    private readonly Func<Task> _drop;

    private TestDatabase(DatabaseSettings settings, Func<Task> drop)
    {
        Settings = settings;
        _drop = drop;
    }

    public DatabaseSettings Settings { get; }

    public DatabaseProvider Provider => Settings.Provider;

    internal HomewardDbContext Context() => HomewardDatabase.CreateContext(Settings);

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, bool migrate = true) => provider switch
    {
        DatabaseProvider.Sqlite => await CreateSqliteAsync(migrate),
        _ => await CreatePostgresAsync(migrate),
    };

    private static async Task<TestDatabase> CreateSqliteAsync(bool migrate)
    {
        var folder = Path.Combine(Path.GetTempPath(), "homeward-data-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var settings = DatabaseSettings.Sqlite(Path.Combine(folder, "homeward.db"));
        if (migrate)
        {
            await HomewardDatabase.MigrateAsync(settings);
        }

        return new TestDatabase(settings, () =>
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
            return Task.CompletedTask;
        });
    }

    private static async Task<TestDatabase> CreatePostgresAsync(bool migrate)
    {
        var server = await PostgresServer.GetAsync();
        const string template = "homeward_template";
        if (migrate)
        {
            await EnsureTemplateAsync(server, template);
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"homeward_test_{Environment.ProcessId}_{Interlocked.Increment(ref s_counter)}");
        await ExecuteAsync(server.AdminConnectionString, migrate ? $"CREATE DATABASE {name} TEMPLATE {template}" : $"CREATE DATABASE {name}");
        var settings = DatabaseSettings.Postgres(server.ConnectionString(name));
        return new TestDatabase(settings, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server.AdminConnectionString, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        });
    }

    private static async Task EnsureTemplateAsync(PostgresServer server, string template)
    {
        await TemplateLock.WaitAsync();
        try
        {
            if (s_templateReady)
            {
                return;
            }

            await ExecuteAsync(server.AdminConnectionString, $"DROP DATABASE IF EXISTS {template} WITH (FORCE)");
            await ExecuteAsync(server.AdminConnectionString, $"CREATE DATABASE {template}");
            await HomewardDatabase.MigrateAsync(DatabaseSettings.Postgres(server.ConnectionString(template)));
            NpgsqlConnection.ClearAllPools(); // a template must have no open connections when it is copied
            s_templateReady = true;
        }
        finally
        {
            TemplateLock.Release();
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync() => await _drop();
}
