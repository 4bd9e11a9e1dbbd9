namespace Homeward.Cli.Crawl;

/// <summary>Spaces requests to one host (scheme, host and port) at least a given time apart.</summary>
internal sealed class HostRateLimiter(TimeProvider clock)
{
    private readonly Dictionary<string, DateTimeOffset> _last = new(StringComparer.Ordinal);

    /// <summary>Waits until <paramref name="delay"/> has passed since the last request to the host of <paramref name="uri"/>, then records this one.</summary>
    public async Task WaitAsync(Uri uri, TimeSpan delay, CancellationToken cancellation)
    {
        var host = uri.GetLeftPart(UriPartial.Authority);
        if (_last.TryGetValue(host, out var last))
        {
            var wait = last + delay - clock.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, cancellation).ConfigureAwait(false);
            }
        }

        _last[host] = clock.GetUtcNow();
    }
}
