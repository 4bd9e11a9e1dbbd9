namespace Homeward.Cli.Crawl;

/// <summary>The limits of a crawl.</summary>
/// <param name="MaxDepth">Links followed at most this many steps from a seed (0: the seeds only).</param>
/// <param name="MaxPages">At most this many page requests (robots.txt not counted).</param>
/// <param name="Delay">The least time between two requests to one host (robots.txt's Crawl-delay may ask for more).</param>
/// <param name="MaxBytes">Pages larger than this are skipped, not stored.</param>
/// <param name="AllowDomains">Domains whose hosts (and subdomains) may be fetched; empty: the seeds' hosts.</param>
internal sealed record CrawlOptions(int MaxDepth, int MaxPages, TimeSpan Delay, int MaxBytes, IReadOnlyList<string> AllowDomains)
{
    /// <summary>The product token given in the User-Agent and matched against robots.txt groups.</summary>
    public const string ProductToken = "HomewardBot";

    /// <summary>The User-Agent header.</summary>
    public const string UserAgent = ProductToken + "/1.0 (child-protection research; honours robots.txt)";

    /// <summary>What is wrong with the options, or null.</summary>
    public string? Validate() =>
        MaxDepth < 0 ? "--max-depth: must be 0 or more"
        : MaxPages < 1 ? "--max-pages: must be at least 1"
        : Delay < TimeSpan.Zero ? "--delay-ms: must be 0 or more"
        : MaxBytes < 1 ? "--max-bytes: must be at least 1"
        : null;
}
