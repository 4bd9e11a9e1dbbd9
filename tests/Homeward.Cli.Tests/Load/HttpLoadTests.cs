using Homeward.Cli.Load;

namespace Homeward.Cli.Tests.Load;

public sealed class HttpLoadTests
{
    [Fact]
    public void Percentiles_are_nearest_rank()
    {
        long[] ticks = [.. Enumerable.Range(1, 100).Select(i => (long)i).Reverse()];
        var sorted = ticks.Order().ToArray();

        LatencySummary.Rank(sorted, 0.50).ShouldBe(50);
        LatencySummary.Rank(sorted, 0.99).ShouldBe(99);
        LatencySummary.Rank(sorted, 1.0).ShouldBe(100);
        LatencySummary.Rank([7], 0.99).ShouldBe(7);
        var summary = LatencySummary.FromTicks(ticks);
        summary.Count.ShouldBe(100);
        summary.P99Ms.ShouldBeLessThan(summary.MaxMs);
    }

    [Fact]
    public async Task Successes_are_measured_and_errors_counted_as_failures()
    {
        using var server = new LocalHttpServer();
        using var client = new HttpClient();
        var plan = new LoadPlan(server.BaseAddress, ["/ok", "/fail"], Connections: 2, Warmup: TimeSpan.FromMilliseconds(200), Duration: TimeSpan.FromSeconds(1));

        var results = await HttpLoadRunner.RunAsync(client, plan);

        var ok = results[0];
        (ok.Path, ok.Failures).ShouldBe(("/ok", 0L));
        ok.Latency.Count.ShouldBeGreaterThan(0);
        ok.RequestsPerSecond.ShouldBe(ok.Latency.Count / 1.0, 1e-9);
        var fail = results[1];
        fail.Failures.ShouldBeGreaterThan(0);
        fail.Latency.Count.ShouldBe(0);
        fail.FirstFailure.ShouldBe("HTTP 500 Internal Server Error");
        server.Requests.ShouldBeGreaterThanOrEqualTo((int)(ok.Latency.Count + fail.Failures));
    }

    [Fact]
    public void The_command_prints_a_table_and_judges_the_target()
    {
        using var server = new LocalHttpServer();
        var url = server.BaseAddress.ToString().TrimEnd('/');

        var met = Cli.Run("bench", "web", "--url", url, "--path", "/ok", "--connections", "2", "--warmup-seconds", "0.1", "--seconds", "1", "--target-rps", "1", "--target-p99-ms", "10000");
        var missed = Cli.Run("bench", "web", "--url", url, "--path", "/ok", "/fail", "--connections", "2", "--warmup-seconds", "0", "--seconds", "0.5", "--target-rps", "1", "--target-p99-ms", "10000");

        met.ExitCode.ShouldBe(ExitCodes.Success, met.ToString());
        met.Stdout.ShouldContain("| /ok |");
        met.Stdout.ShouldContain("met on every path");
        missed.ExitCode.ShouldBe(ExitCodes.Failure, missed.ToString());
        missed.Stdout.ShouldContain("| /fail |");
        missed.Stderr.ShouldContain("/fail:");
    }

    [Theory]
    [InlineData("--url", "ftp://x", "--path", "/a")]
    [InlineData("--url", "http://127.0.0.1:1", "--path", "a")]
    [InlineData("--url", "http://127.0.0.1:1", "--path", "/a", "--connections", "0")]
    [InlineData("--url", "http://127.0.0.1:1", "--path", "/a", "--header", "no-colon")]
    public void Bad_options_are_refused_with_their_name(params string[] options)
    {
        var run = Cli.Run(["bench", "web", .. options]);

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput, run.ToString());
        run.Stderr.ShouldContain("command line: --");
    }
}
