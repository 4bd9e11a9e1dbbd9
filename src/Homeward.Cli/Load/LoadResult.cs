namespace Homeward.Cli.Load;

/// <summary>What one path did under load: completed requests in the measured window, failures, rate and latency.</summary>
internal sealed record LoadResult(string Path, long Failures, double RequestsPerSecond, LatencySummary Latency, string? FirstFailure);
