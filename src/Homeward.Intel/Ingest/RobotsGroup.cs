namespace Homeward.Intel.Ingest;

/// <summary>The robots.txt rules that apply to one crawler (RFC 9309).</summary>
public sealed class RobotsGroup
{
    internal RobotsGroup(IReadOnlyList<RobotsRule> rules, TimeSpan? crawlDelay)
    {
        Rules = rules;
        CrawlDelay = crawlDelay;
    }

    /// <summary>The group that allows everything (no robots.txt, or one that names no group for the crawler).</summary>
    public static RobotsGroup AllowAll { get; } = new([], null);

    /// <summary>The group that allows nothing (robots.txt unreachable: RFC 9309 § 2.3.1.4).</summary>
    public static RobotsGroup DisallowAll { get; } = new([new RobotsRule(false, "/")], null);

    /// <summary>The <c>Crawl-delay</c> asked for, if any (not part of RFC 9309, honoured as a courtesy).</summary>
    public TimeSpan? CrawlDelay { get; }

    internal IReadOnlyList<RobotsRule> Rules { get; }

    /// <summary>
    /// Whether <paramref name="pathAndQuery"/> may be fetched: the matching rule with the longest pattern
    /// decides, an <c>Allow</c> winning a tie; no matching rule allows. <c>/robots.txt</c> is always allowed.
    /// </summary>
    public bool IsAllowed(string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        if (pathAndQuery == "/robots.txt")
        {
            return true;
        }

        RobotsRule? best = null;
        foreach (var rule in Rules)
        {
            if (!rule.Matches(pathAndQuery))
            {
                continue;
            }

            if (best is null || rule.Pattern.Length > best.Pattern.Length || (rule.Pattern.Length == best.Pattern.Length && rule.Allow))
            {
                best = rule;
            }
        }

        return best?.Allow ?? true;
    }
}
