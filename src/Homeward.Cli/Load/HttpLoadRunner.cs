using System.Diagnostics;
using System.Globalization;

namespace Homeward.Cli.Load;

/// <summary>
/// Sends a <see cref="LoadPlan"/> to a server in another process and measures what comes back. A
/// response counts only when its body has been read whole; anything but 2xx (a redirect to the login
/// page included) is a failure, so an unauthenticated run cannot pass for a fast one.
/// </summary>
internal static class HttpLoadRunner
{
    /// <summary>Loads each path of <paramref name="plan"/> in turn; <paramref name="server"/>, when known, is sampled for its CPU time over each measured window.</summary>
    public static async Task<IReadOnlyList<LoadResult>> RunAsync(HttpClient client, LoadPlan plan, ProcessCpu? server = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(plan);
        var results = new List<LoadResult>(plan.Paths.Count);
        foreach (var path in plan.Paths)
        {
            results.Add(await RunPathAsync(client, plan, new Uri(plan.BaseAddress, path), path, server, cancellationToken).ConfigureAwait(false));
        }

        return results;
    }

    private static async Task<LoadResult> RunPathAsync(HttpClient client, LoadPlan plan, Uri uri, string path, ProcessCpu? server, CancellationToken cancellationToken)
    {
        // One untimed request per connection first: connections opened and both sides' code compiled
        // before any clock runs, so a cold start on a busy machine cannot eat the whole warm-up.
        await Task.WhenAll(Enumerable.Range(0, plan.Connections).Select(_ => PrimeAsync(client, uri, cancellationToken))).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        var measureFrom = plan.Warmup.Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond;
        var stopAt = (plan.Warmup + plan.Duration).Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond;
        var workers = Enumerable.Range(0, plan.Connections)
            .Select(_ => Task.Run(() => WorkAsync(client, uri, clock, measureFrom, stopAt, cancellationToken), cancellationToken))
            .ToArray();
        var cpu = SampleCpuAsync(clock, measureFrom, stopAt, server, cancellationToken);
        var outcomes = await Task.WhenAll(workers).ConfigureAwait(false);
        var (serverCpu, clientCpu) = await cpu.ConfigureAwait(false);

        var latencies = outcomes.SelectMany(o => o.Latencies).ToArray();
        var failures = outcomes.Sum(o => o.Failures);
        var seconds = plan.Duration.TotalSeconds;
        var requests = Math.Max(1, latencies.Length + failures);
        return new LoadResult(path, failures, latencies.Length / seconds, LatencySummary.FromTicks(latencies), outcomes.Select(o => o.FirstFailure).FirstOrDefault(f => f is not null))
        {
            ServerCpuMsPerRequest = serverCpu?.TotalMilliseconds / requests,
            ClientCpuMsPerRequest = clientCpu?.TotalMilliseconds / requests,
        };
    }

    /// <summary>CPU used by the server and by this process between the start and the end of the measured window.</summary>
    private static async Task<(TimeSpan? Server, TimeSpan? Client)> SampleCpuAsync(Stopwatch clock, long measureFrom, long stopAt, ProcessCpu? server, CancellationToken cancellationToken)
    {
        await DelayUntilAsync(clock, measureFrom, cancellationToken).ConfigureAwait(false);
        var (server0, client0) = (server?.Used(), ProcessCpu.Current.Used());
        await DelayUntilAsync(clock, stopAt, cancellationToken).ConfigureAwait(false);
        var (server1, client1) = (server?.Used(), ProcessCpu.Current.Used());
        return (server1 - server0, client1 - client0);
    }

    private static Task DelayUntilAsync(Stopwatch clock, long ticks, CancellationToken cancellationToken)
    {
        var wait = ticks - clock.ElapsedTicks;
        return wait > 0 ? Task.Delay(TimeSpan.FromSeconds((double)wait / Stopwatch.Frequency), cancellationToken) : Task.CompletedTask;
    }

    private static async Task PrimeAsync(HttpClient client, Uri uri, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException)
        {
            // Measured (and reported) by the run itself.
        }
    }

    private static async Task<Outcome> WorkAsync(HttpClient client, Uri uri, Stopwatch clock, long measureFrom, long stopAt, CancellationToken cancellationToken)
    {
        var outcome = new Outcome();
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var start = clock.ElapsedTicks;
            if (start >= stopAt)
            {
                return outcome;
            }

            string? failure = null;
            try
            {
                using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                while (await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false) > 0)
                {
                }

                if (!response.IsSuccessStatusCode)
                {
                    failure = string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
                }
            }
            catch (HttpRequestException e)
            {
                failure = e.Message;
            }

            var end = clock.ElapsedTicks;
            if (start < measureFrom || end > stopAt)
            {
                continue;
            }

            if (failure is null)
            {
                outcome.Latencies.Add(end - start);
            }
            else
            {
                outcome.Failures++;
                outcome.FirstFailure ??= failure;
            }
        }
    }

    private sealed class Outcome
    {
        public List<long> Latencies { get; } = [];

        public long Failures { get; set; }

        public string? FirstFailure { get; set; }
    }
}
