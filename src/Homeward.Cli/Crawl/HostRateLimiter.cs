namespace Homeward.Cli.Crawl;

/// <summary>
/// Spaces requests to one host (scheme, host and port): each waits the delay after the previous exchange
/// with the host ended (<see cref="Done"/>), so a slow host is given the whole pause too.
/// </summary>
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

    /// <summary>Records that the exchange with the host of <paramref name="uri"/> has ended: the next request waits the delay from now.</summary>
    public void Done(Uri uri) => _last[uri.GetLeftPart(UriPartial.Authority)] = clock.GetUtcNow();
}
