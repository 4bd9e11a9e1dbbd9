using Homeward.Intel.Ingest;

namespace Homeward.Intel.Tests.Ingest;

public sealed class RobotsTxtTests
{
    private const string Robots = """
        # comment
        User-agent: *
        Disallow: /private/
        Allow: /private/open
        Crawl-delay: 2

        User-agent: HomewardBot
        User-agent: other
        Disallow: /search    # trailing comment
        Disallow: /*.pdf$
        Allow: /search/about
        Disallow:

        User-agent: homewardbot
        Crawl-delay: 0.5
        Disallow: /tmp
        """;

    [Theory]
    [InlineData("/", true)]
    [InlineData("/private/x", true)]
    [InlineData("/search", false)]
    [InlineData("/search?q=1", false)]
    [InlineData("/search/about", true)]
    [InlineData("/a/b.pdf", false)]
    [InlineData("/a/b.pdf?x", true)]
    [InlineData("/tmp/x", false)]
    [InlineData("/robots.txt", true)]
    public void Our_groups_are_merged_and_the_longest_match_decides(string path, bool allowed) =>
        RobotsTxt.Parse(Robots).ForAgent("HomewardBot").IsAllowed(path).ShouldBe(allowed);

    [Theory]
    [InlineData("/private/x", false)]
    [InlineData("/private/open/1", true)]
    [InlineData("/search", true)]
    public void Other_crawlers_get_the_star_group(string path, bool allowed) =>
        RobotsTxt.Parse(Robots).ForAgent("SomeBot").IsAllowed(path).ShouldBe(allowed);

    [Fact]
    public void Crawl_delay_is_read_per_group()
    {
        RobotsTxt.Parse(Robots).ForAgent("SomeBot").CrawlDelay.ShouldBe(TimeSpan.FromSeconds(2));
        RobotsTxt.Parse(Robots).ForAgent("HomewardBot").CrawlDelay.ShouldBe(TimeSpan.FromSeconds(0.5));
    }

    [Fact]
    public void An_allow_wins_a_tie_of_equal_length()
    {
        var group = RobotsTxt.Parse("User-agent: *\nDisallow: /page\nAllow: /page\n").ForAgent("x");
        group.IsAllowed("/page").ShouldBeTrue();
    }

    [Fact]
    public void No_group_or_an_empty_file_allows_everything()
    {
        RobotsTxt.Parse("").ForAgent("x").IsAllowed("/anything").ShouldBeTrue();
        RobotsTxt.Parse("User-agent: google\nDisallow: /\n").ForAgent("x").IsAllowed("/a").ShouldBeTrue();
        RobotsTxt.Parse("\uFEFFUser-agent: *\nDisallow: /\n").ForAgent("x").IsAllowed("/a").ShouldBeFalse();
    }

    [Fact]
    public void Rules_before_any_user_agent_are_ignored() =>
        RobotsTxt.Parse("Disallow: /\nUser-agent: *\nDisallow: /x\n").ForAgent("a").IsAllowed("/y").ShouldBeTrue();

    [Fact]
    public void Disallow_all_refuses_everything_but_robots_txt()
    {
        RobotsGroup.DisallowAll.IsAllowed("/").ShouldBeFalse();
        RobotsGroup.DisallowAll.IsAllowed("/robots.txt").ShouldBeTrue();
    }

    [FsCheck.Xunit.Property]
    public bool A_pattern_without_wildcards_disallows_exactly_the_paths_it_starts(string prefix, string rest, string other)
    {
        var pattern = "/" + Safe(prefix);
        var group = RobotsTxt.Parse($"User-agent: *\nDisallow: {pattern}\n").ForAgent("x");
        var candidate = "/" + Safe(other);
        return !group.IsAllowed(pattern + Safe(rest))
            && group.IsAllowed(candidate) == !candidate.StartsWith(pattern, StringComparison.Ordinal);
    }

    /// <summary>Maps any string onto path characters without wildcards, comments or spaces.</summary>
    private static string Safe(string? s) => new((s ?? "").Select(c => "ab/.-_~%9"[c % 9]).ToArray());
}
