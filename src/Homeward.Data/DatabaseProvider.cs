namespace Homeward.Data;

/// <summary>The database engines Homeward runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>A SQLite file (the default: <c>homeward.db</c>).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, by connection string.</summary>
    Postgres,
}
