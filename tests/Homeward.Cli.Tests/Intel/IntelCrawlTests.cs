using System.Text.Json;

namespace Homeward.Cli.Tests.Intel;

public sealed class IntelCrawlTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly TestSite _site = new();

    public void Dispose()
    {
        _site.Dispose();
        _folder.Dispose();
    }

    private string Store => Path.Combine(_folder.Path, "store");

    private CliRun Crawl(params string[] extra)
    {
        var seeds = _folder.Write("seeds.txt", $"# the test site\n{_site.BaseAddress}\n");
        return Cli.Run(["intel", "crawl", "--seeds", seeds, "--store", Store, .. extra]);
    }

    private static List<JsonElement> Records(CliRun run) =>
        run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();

    private void BuildSite()
    {
        var offsite = $"http://localhost:{_site.Port}/offsite";
        _site.Page("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
            .Page("/", $"<html><title>首页</title><body><a href='/a'>a</a> <a href='/private/secret'>p</a> <a href='{offsite}'>o</a> <a href='/big'>big</a> <a href='/data.json'>d</a> <a href='mailto:x@example.org'>m</a> <a href='/a#frag'>again</a></body></html>")
            .Page("/a", "<html><body><p>送养男宝，电话13923456781</p><a href='/b'>b</a></body></html>")
            .Page("/b", "<html><body><a href='/c'>c</a></body></html>")
            .Page("/c", "<html><body>too deep</body></html>")
            .Page("/private/secret", "<html><body>secret</body></html>")
            .Page("/big", "<html><body>" + new string('x', 5000) + "</body></html>")
            .Page("/data.json", "{}", "application/json");
    }

    [Fact]
    public void The_crawl_honours_robots_depth_domain_size_and_media_type_and_stores_each_page()
    {
        BuildSite();
        var posts = Path.Combine(_folder.Path, "posts.jsonl");

        var run = Crawl("--max-depth", "2", "--delay-ms", "0", "--max-bytes", "2000", "--out", posts);

        run.ExitCode.ShouldBe(0, run.ToString());
        var paths = _site.Requests.Select(r => r.Path).ToList();
        paths.ShouldBe(["/robots.txt", "/", "/a", "/big", "/data.json", "/b"], ignoreOrder: true);
        paths[0].ShouldBe("/robots.txt");
        _site.Requests.ShouldAllBe(r => r.UserAgent != null && r.UserAgent.StartsWith("HomewardBot/", StringComparison.Ordinal));

        var records = Records(run);
        string Outcome(string path) => records.Single(r => r.GetProperty("url").GetString() == new Uri(_site.BaseAddress, path).AbsoluteUri).GetProperty("outcome").GetString()!;
        Outcome("/private/secret").ShouldBe("robots-disallowed");
        Outcome("/big").ShouldBe("too-large");
        Outcome("/data.json").ShouldBe("not-html");
        Outcome("/b").ShouldBe("stored");
        records.ShouldNotContain(r => r.GetProperty("url").GetString()!.Contains("localhost", StringComparison.Ordinal));

        var manifest = File.ReadAllLines(Path.Combine(Store, "manifest.jsonl"));
        manifest.Length.ShouldBe(4);
        manifest.ShouldContain(l => l.Contains("/robots.txt", StringComparison.Ordinal));
        Cli.Run("intel", "verify-evidence", "--store", Store).ExitCode.ShouldBe(0);

        var postLines = File.ReadAllLines(posts);
        postLines.Length.ShouldBe(3);
        postLines.ShouldContain(l => l.Contains("13923456781", StringComparison.Ordinal) && l.Contains("\"url\":\"" + new Uri(_site.BaseAddress, "/a").AbsoluteUri, StringComparison.Ordinal));
    }

    [Fact]
    public void Requests_to_one_host_are_spaced_by_the_delay()
    {
        BuildSite();
        var run = Crawl("--max-depth", "1", "--delay-ms", "300");

        run.ExitCode.ShouldBe(0, run.ToString());
        var times = _site.Requests.Select(r => r.At).ToList();
        times.Count.ShouldBeGreaterThanOrEqualTo(4);
        for (var i = 1; i < times.Count; i++)
        {
            // The delay runs from the end of the previous exchange, so the site sees the whole delay (less
            // the timers' millisecond rounding) even when the previous request reached it late.
            (times[i] - times[i - 1]).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(295), $"request {i}");
        }
    }

    [Fact]
    public void A_robots_txt_that_disallows_everything_for_us_stops_the_crawl()
    {
        _site.Page("/robots.txt", "User-agent: HomewardBot\nDisallow: /\n\nUser-agent: *\nAllow: /\n", "text/plain")
            .Page("/", "<html><body>home</body></html>");

        var run = Crawl("--delay-ms", "0");

        run.ExitCode.ShouldBe(0, run.ToString());
        _site.Requests.Select(r => r.Path).ShouldBe(["/robots.txt"]);
        Records(run).ShouldContain(r => r.GetProperty("outcome").GetString() == "robots-disallowed");
    }

    [Fact]
    public void An_unavailable_robots_txt_fetches_nothing_and_a_missing_one_allows_all()
    {
        _site.Page("/robots.txt", "down", "text/plain", status: 503).Page("/", "<html><body>home</body></html>");
        Crawl("--delay-ms", "0").ExitCode.ShouldBe(0);
        _site.Requests.Select(r => r.Path).ShouldBe(["/robots.txt"]);

        using var other = new TestSite();
        other.Page("/", "<html><body>home</body></html>");
        var seeds = _folder.Write("seeds2.txt", other.BaseAddress + "\n");
        Cli.Run("intel", "crawl", "--seeds", seeds, "--store", Store, "--delay-ms", "0").ExitCode.ShouldBe(0);
        other.Requests.Select(r => r.Path).ShouldBe(["/robots.txt", "/"]);
    }

    [Fact]
    public void Max_pages_limits_the_requests_and_bad_seeds_are_input_errors()
    {
        BuildSite();
        Crawl("--max-pages", "2", "--delay-ms", "0").ExitCode.ShouldBe(0);
        _site.Requests.Count(r => r.Path != "/robots.txt").ShouldBe(2);

        var bad = _folder.Write("bad-seeds.txt", "ftp://127.0.0.1/x\n");
        var run = Cli.Run("intel", "crawl", "--seeds", bad, "--store", Store);
        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain(bad + ":1: ");
        Cli.Run("intel", "crawl", "--seeds", bad, "--store", Store, "--max-depth", "-1").ExitCode.ShouldBe(2);
    }
}
