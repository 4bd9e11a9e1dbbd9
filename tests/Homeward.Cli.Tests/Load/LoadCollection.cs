namespace Homeward.Cli.Tests.Load;

/// <summary>
/// The load tests measure requests within a time window: they run alone, after the parallel tests, so
/// that other tests blocking thread-pool threads in this process cannot starve their requests (seen on
/// CI as 0 requests in the window with the load average near 30).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadCollection
{
    public const string Name = "load, alone";
}
