using Homeward.Data;
using Microsoft.Data.Sqlite;

namespace Homeward.Cli.Demo;

/// <summary>
/// Where the demo registry is built. A SQLite file is built beside its target under a temporary name
/// and moved over the target only when everything is stored, so a previous demo database is replaced
/// whole or left as it was. A PostgreSQL database is written in place: the demo's cases go in one
/// transaction, refused whole when any of their ids is already registered.
/// </summary>
internal sealed class DemoDatabase
{
    private readonly string? _target;
    private readonly string? _temporary;

    private DemoDatabase(DatabaseSettings target, DatabaseSettings work, string? targetFile, string? temporaryFile)
    {
        Target = target;
        Work = work;
        _target = targetFile;
        _temporary = temporaryFile;
    }

    /// <summary>The database the user named (for messages and the commands printed).</summary>
    public DatabaseSettings Target { get; }

    /// <summary>The database written while the demo runs.</summary>
    public DatabaseSettings Work { get; }

    /// <summary>The SQLite file the user named, or null for PostgreSQL.</summary>
    public string? TargetFile => _target;

    public static DemoDatabase For(DatabaseSettings target)
    {
        if (target.Provider != DatabaseProvider.Sqlite)
        {
            return new DemoDatabase(target, target, null, null);
        }

        var path = Path.GetFullPath(new SqliteConnectionStringBuilder(target.ConnectionString).DataSource);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = $"{path}.tmp-{Guid.NewGuid():N}";
        return new DemoDatabase(target, DatabaseSettings.Sqlite(temporary), path, temporary);
    }

    /// <summary>Moves the finished SQLite file over the target (a stale journal of the old file is removed first).</summary>
    public void Publish()
    {
        if (_target is null || _temporary is null)
        {
            return;
        }

        DeleteJournals(_target);
        File.Move(_temporary, _target, overwrite: true);
    }

    /// <summary>Removes the temporary SQLite file of a run that did not finish.</summary>
    public void Discard()
    {
        if (_temporary is null)
        {
            return;
        }

        File.Delete(_temporary);
        DeleteJournals(_temporary);
    }

    private static void DeleteJournals(string path)
    {
        File.Delete($"{path}-wal");
        File.Delete($"{path}-shm");
    }
}
