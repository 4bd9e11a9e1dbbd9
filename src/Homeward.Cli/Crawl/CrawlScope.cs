namespace Homeward.Cli.Crawl;

/// <summary>Which addresses a crawl may follow: http or https with the seed's scheme, on an allowed domain.</summary>
internal sealed class CrawlScope
{
    private readonly string[] _domains;

    public CrawlScope(IEnumerable<string> domains) =>
        _domains = domains.Select(d => d.Trim().TrimEnd('.').ToLowerInvariant()).Where(d => d.Length > 0).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>Whether the host is one of the domains or a subdomain of one.</summary>
    public bool AllowsHost(string host)
    {
        var h = host.ToLowerInvariant();
        return _domains.Any(d => h == d || h.EndsWith("." + d, StringComparison.Ordinal));
    }

    /// <summary>Whether a link found on a page reached from a seed of <paramref name="scheme"/> may be followed.</summary>
    public bool Allows(Uri link, string scheme) =>
        link.IsAbsoluteUri && link.Scheme == scheme && link.Scheme is ("http" or "https") && AllowsHost(link.Host);

    /// <summary>The address without its fragment, as the crawl's key.</summary>
    public static string Key(Uri uri) => uri.GetLeftPart(UriPartial.Query);
}
