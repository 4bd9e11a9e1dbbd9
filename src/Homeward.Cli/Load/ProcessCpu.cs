using System.Diagnostics;
using System.Globalization;

namespace Homeward.Cli.Load;

/// <summary>
/// CPU time used so far by a process: this one, or another by id (Linux <c>/proc/PID/stat</c>, user +
/// system, in clock ticks of 1/100 s). CPU per request stays meaningful on a shared machine, where
/// requests per second only say what this run got of the cores.
/// </summary>
internal sealed class ProcessCpu
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    private readonly int? _pid;

    private ProcessCpu(int? pid) => _pid = pid;

    /// <summary>This process.</summary>
    public static ProcessCpu Current { get; } = new(null);

    /// <summary>Another process, when its <c>/proc</c> entry can be read; otherwise null.</summary>
    public static ProcessCpu? Of(int pid) => Read(pid) is null ? null : new ProcessCpu(pid);

    /// <summary>CPU time used so far, or null when the process has gone.</summary>
    public TimeSpan? Used() => _pid is { } pid ? Read(pid) : Process.GetCurrentProcess().TotalProcessorTime;

    /// <summary>User + system time from a <c>/proc/PID/stat</c> line; null when it is not one.</summary>
    internal static TimeSpan? Parse(string stat)
    {
        // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'.
        var close = stat.LastIndexOf(')');
        if (close < 0)
        {
            return null;
        }

        var fields = stat[(close + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // fields[0] is field 3 (state); utime and stime are fields 14 and 15.
        return fields.Length > 12
            && long.TryParse(fields[11], NumberStyles.None, CultureInfo.InvariantCulture, out var user)
            && long.TryParse(fields[12], NumberStyles.None, CultureInfo.InvariantCulture, out var system)
            ? TimeSpan.FromSeconds((user + system) / TicksPerSecond)
            : null;
    }

    private static TimeSpan? Read(int pid)
    {
        try
        {
            return Parse(File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
