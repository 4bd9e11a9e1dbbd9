namespace Homeward.Cli.Load;

/// <summary>What one path did under load: completed requests in the measured window, failures, rate and latency.</summary>
internal sealed record LoadResult(string Path, long Failures, double RequestsPerSecond, LatencySummary Latency, string? FirstFailure)
{
    /// <summary>The server's CPU time per request in the measured window (when its process id was given).</summary>
    public double? ServerCpuMsPerRequest { get; init; }

    /// <summary>This load generator's CPU time per request in the measured window.</summary>
    public double? ClientCpuMsPerRequest { get; init; }
}
