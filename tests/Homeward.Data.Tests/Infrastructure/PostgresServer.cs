using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Homeward.Data.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server of a test run: <c>HOMEWARD_TEST_POSTGRES</c> (a connection string to a server
/// where the user may create databases) when set, otherwise a throwaway cluster started from the
/// Debian binaries (<c>/usr/lib/postgresql/*/bin</c>) in a temp folder, listening on 127.0.0.1 at a
/// free port, stopped and deleted when the test process exits. As root, initdb and pg_ctl run as the
/// <c>postgres</c> user (PostgreSQL refuses to run as root).
/// </summary>
internal sealed class PostgresServer
{
    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync);

    private readonly string? _folder;
    private readonly string? _binaries;

    private PostgresServer(string adminConnectionString, string? folder, string? binaries)
    {
        AdminConnectionString = adminConnectionString;
        _folder = folder;
        _binaries = binaries;
    }

    /// <summary>A connection string to the server's maintenance database.</summary>
    public string AdminConnectionString { get; }

    /// <summary>The shared server, started on first use. Throws, with the reason, when there is none.</summary>
    public static Task<PostgresServer> GetAsync() => Shared.Value;

    /// <summary>A connection string to another database of the server.</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ToString();

    private static async Task<PostgresServer> StartAsync()
    {
        var configured = Environment.GetEnvironmentVariable("HOMEWARD_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new PostgresServer(configured, null, null);
        }

        var binaries = FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL tests need a server: set HOMEWARD_TEST_POSTGRES to a connection string, or install the Debian package " +
            "'postgresql' (initdb under /usr/lib/postgresql/*/bin); on a developer machine HOMEWARD_TEST_PROVIDERS=sqlite runs SQLite only.");
        var asRoot = Environment.UserName == "root";
        RemoveStaleFolders();
        var folder = Path.Combine(Path.GetTempPath(), "homeward-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        if (asRoot)
        {
            await RunAsync("chown", ["postgres:postgres", folder], folder, asPostgres: false).ConfigureAwait(false);
        }

        var data = Path.Combine(folder, "data");
        await RunAsync(Path.Combine(binaries, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], folder, asRoot).ConfigureAwait(false);
        var port = FreePort();
        var options = string.Create(CultureInfo.InvariantCulture, $"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off -c full_page_writes=off -c max_connections=200");
        await RunAsync(Path.Combine(binaries, "pg_ctl"), ["-D", data, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "120", "-o", options, "start"], folder, asRoot).ConfigureAwait(false);

        var server = new PostgresServer(
            string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Timeout=60;Command Timeout=600"),
            folder,
            binaries);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop(asRoot);
        return server;
    }

    private void Stop(bool asRoot)
    {
        try
        {
            NpgsqlConnection.ClearAllPools();
            RunAsync(Path.Combine(_binaries!, "pg_ctl"), ["-D", Path.Combine(_folder!, "data"), "-m", "immediate", "-w", "stop"], _folder!, asRoot).GetAwaiter().GetResult();
            DeleteFolder(_folder!);
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
        {
            // The process is ending; a leftover temp folder is all that can go wrong.
        }
    }

    /// <summary>
    /// Clusters of earlier runs that were stopped but not deleted: the test host may end the process
    /// before the exit handler has deleted a data folder.
    /// </summary>
    private static void RemoveStaleFolders()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), "homeward-pg-*"))
        {
            // Stopped (no postmaster.pid) after having run (a server log), a while ago: not a run starting now.
            var log = Path.Combine(folder, "server.log");
            if (!File.Exists(Path.Combine(folder, "data", "postmaster.pid")) && File.Exists(log) && File.GetLastWriteTimeUtc(log) < DateTime.UtcNow.AddMinutes(-1))
            {
                DeleteFolder(folder);
            }
        }
    }

    private static void DeleteFolder(string folder)
    {
        // The postmaster may still be removing its files for a moment after pg_ctl returns.
        for (var attempt = 0; attempt < 10 && Directory.Exists(folder); attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(100);
            }
        }
    }

    private static string? FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        if (Directory.Exists(root))
        {
            var newest = Directory.GetDirectories(root)
                .Select(d => (Folder: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0))
                .Where(d => File.Exists(Path.Combine(d.Folder, "initdb")))
                .OrderByDescending(d => d.Version)
                .Select(d => d.Folder)
                .FirstOrDefault();
            if (newest is not null)
            {
                return newest;
            }
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(p => File.Exists(Path.Combine(p, "initdb")) && File.Exists(Path.Combine(p, "pg_ctl")));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string program, string[] arguments, string workingDirectory, bool asPostgres)
    {
        var start = new ProcessStartInfo(asPostgres ? "runuser" : program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgres)
        {
            foreach (var a in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} exited with {process.ExitCode}: {await stderr.ConfigureAwait(false)} {await stdout.ConfigureAwait(false)}");
        }
    }
}
