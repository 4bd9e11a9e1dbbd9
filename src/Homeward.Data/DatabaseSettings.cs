using Microsoft.Data.Sqlite;
using Npgsql;

namespace Homeward.Data;

/// <summary>Which database to use: the provider and its connection string.</summary>
/// <param name="Provider">SQLite or PostgreSQL.</param>
/// <param name="ConnectionString">The provider's connection string.</param>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>The SQLite file used when nothing else is configured.</summary>
    public const string DefaultSqliteFile = "homeward.db";

    /// <summary>A SQLite file. Pooling is off so that a closed database is really closed (files can be moved).</summary>
    public static DatabaseSettings Sqlite(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var builder = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, ForeignKeys = true };
        return new DatabaseSettings(DatabaseProvider.Sqlite, builder.ToString());
    }

    /// <summary>
    /// The same database for a long-running host: SQLite connections pooled (a web request then reuses an
    /// open connection instead of opening the file, reading its schema and setting its pragmas each
    /// time); PostgreSQL as it is (Npgsql pools unless told not to).
    /// </summary>
    public DatabaseSettings Pooled() => Provider == DatabaseProvider.Sqlite
        ? this with { ConnectionString = new SqliteConnectionStringBuilder(ConnectionString) { Pooling = true }.ToString() }
        : this;

    /// <summary>A PostgreSQL database by Npgsql connection string.</summary>
    public static DatabaseSettings Postgres(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return new DatabaseSettings(DatabaseProvider.Postgres, connectionString);
    }

    /// <summary>Where the database is, for messages, without any password.</summary>
    public string Describe() => Provider switch
    {
        DatabaseProvider.Sqlite => $"SQLite {new SqliteConnectionStringBuilder(ConnectionString).DataSource}",
        _ => DescribePostgres(ConnectionString),
    };

    private static string DescribePostgres(string connectionString)
    {
        try
        {
            var b = new NpgsqlConnectionStringBuilder(connectionString);
            return $"PostgreSQL {b.Host}:{b.Port}/{b.Database}";
        }
        catch (ArgumentException)
        {
            return "PostgreSQL (unreadable connection string)";
        }
    }
}
