using System.CommandLine;
using Homeward.Data;
using Homeward.Kinship;

namespace Homeward.Cli.Commands;

/// <summary>
/// The options every <c>homeward db</c> command shares: <c>--database PATH</c> (a SQLite file; the
/// default is <c>homeward.db</c>) or <c>--connection STRING</c> with <c>--provider postgres</c>; when
/// neither is given, <c>HOMEWARD_DB_PROVIDER</c> and <c>HOMEWARD_DB_CONNECTION</c> decide. <c>--actor</c>
/// names who is acting in the audit log (default: the OS user).
/// </summary>
internal sealed class DatabaseOptions
{
    public Option<string?> Database { get; } = new("--database") { Description = $"A SQLite database file (default {DatabaseSettings.DefaultSqliteFile})." };

    public Option<string?> Connection { get; } = new("--connection") { Description = "A PostgreSQL connection string (with --provider postgres)." };

    public Option<string?> Provider { get; } = new("--provider") { Description = "sqlite or postgres (default: postgres with --connection, else sqlite)." };

    public Option<string?> Actor { get; } = new("--actor") { Description = "Who is acting, for the audit log (default: the user name)." };

    public void AddTo(Command command)
    {
        command.Options.Add(Database);
        command.Options.Add(Connection);
        command.Options.Add(Provider);
        command.Options.Add(Actor);
    }

    public string ActorOf(ParseResult parsed) =>
        parsed.GetValue(Actor) is { Length: > 0 } actor ? actor : Environment.UserName;

    /// <summary>The settings the options and environment name, or the problem with them.</summary>
    public Result<DatabaseSettings> Resolve(ParseResult parsed)
    {
        var path = parsed.GetValue(Database);
        var connection = parsed.GetValue(Connection) ?? (path is null ? Environment.GetEnvironmentVariable("HOMEWARD_DB_CONNECTION") : null);
        var providerText = parsed.GetValue(Provider) ?? (path is null ? Environment.GetEnvironmentVariable("HOMEWARD_DB_PROVIDER") : null);
        if (path is not null && parsed.GetValue(Connection) is not null)
        {
            return Result<DatabaseSettings>.Failure("command line: --database", "give either --database (SQLite) or --connection, not both");
        }

        DatabaseProvider? provider = providerText?.Trim().ToUpperInvariant() switch
        {
            null or "" => null,
            "SQLITE" => DatabaseProvider.Sqlite,
            "POSTGRES" or "POSTGRESQL" or "NPGSQL" => DatabaseProvider.Postgres,
            _ => (DatabaseProvider)(-1),
        };
        if (provider is { } p && !Enum.IsDefined(p))
        {
            return Result<DatabaseSettings>.Failure("command line: --provider", $"'{providerText}' is not a provider; expected sqlite or postgres");
        }

        if (!string.IsNullOrWhiteSpace(connection))
        {
            return (provider ?? DatabaseProvider.Postgres) == DatabaseProvider.Postgres
                ? DatabaseSettings.Postgres(connection)
                : new DatabaseSettings(DatabaseProvider.Sqlite, connection);
        }

        if (provider == DatabaseProvider.Postgres)
        {
            return Result<DatabaseSettings>.Failure("command line: --connection", "PostgreSQL needs a connection string (--connection or HOMEWARD_DB_CONNECTION)");
        }

        return DatabaseSettings.Sqlite(path ?? DatabaseSettings.DefaultSqliteFile);
    }
}
