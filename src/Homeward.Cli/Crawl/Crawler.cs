using System.Net;
using Homeward.Data.Evidence;
using Homeward.Intel.Ingest;

namespace Homeward.Cli.Crawl;

/// <summary>
/// A polite breadth-first crawler: robots.txt fetched once per host and honoured (RFC 9309; unreachable or
/// 5xx: nothing fetched, 4xx: everything allowed), requests to one host spaced by the larger of the delay and
/// robots.txt's Crawl-delay, links followed to the depth limit on allowed domains with the seed's scheme,
/// redirects followed as links, only <c>text/html</c> pages up to the size limit kept. Every page kept and
/// every robots.txt read is stored as evidence.
/// </summary>
internal sealed class Crawler(HttpClient http, EvidenceStore store, CrawlOptions options, TimeProvider clock, Action<CrawlRecord> report)
{
    private const int RobotsMaxBytes = 512 * 1024;
    private readonly HostRateLimiter _limiter = new(clock);
    private readonly Dictionary<string, RobotsGroup> _robots = new(StringComparer.Ordinal);

    /// <summary>Crawls from the seeds; returns the posts of the pages kept.</summary>
    public async Task<IReadOnlyList<EvidencedPost>> RunAsync(IReadOnlyList<Uri> seeds, CancellationToken cancellation)
    {
        var scope = new CrawlScope(options.AllowDomains.Count > 0 ? options.AllowDomains : seeds.Select(s => s.Host));
        var queue = new Queue<(Uri Uri, int Depth, string Scheme)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var seed in seeds)
        {
            if (seen.Add(CrawlScope.Key(seed)))
            {
                queue.Enqueue((seed, 0, seed.Scheme));
            }
        }

        var posts = new List<EvidencedPost>();
        var requests = 0;
        while (queue.Count > 0 && requests < options.MaxPages)
        {
            var (uri, depth, scheme) = queue.Dequeue();
            var robots = await RobotsForAsync(uri, cancellation).ConfigureAwait(false);
            if (!robots.IsAllowed(uri.PathAndQuery))
            {
                report(new CrawlRecord(uri.AbsoluteUri, depth, "robots-disallowed"));
                continue;
            }

            requests++;
            var page = await FetchPageAsync(uri, depth, Delay(robots), cancellation).ConfigureAwait(false);
            if (page.Post is not null)
            {
                posts.Add(page.Post);
            }

            if (depth >= options.MaxDepth)
            {
                continue;
            }

            foreach (var link in page.Links)
            {
                if (Uri.TryCreate(link, UriKind.Absolute, out var next) && scope.Allows(next, scheme) && seen.Add(CrawlScope.Key(next)))
                {
                    queue.Enqueue((new Uri(CrawlScope.Key(next)), depth + 1, scheme));
                }
            }
        }

        return posts;
    }

    private TimeSpan Delay(RobotsGroup robots) =>
        robots.CrawlDelay is { } asked && asked > options.Delay ? asked : options.Delay;

    private async Task<(EvidencedPost? Post, IReadOnlyList<string> Links)> FetchPageAsync(Uri uri, int depth, TimeSpan delay, CancellationToken cancellation)
    {
        await _limiter.WaitAsync(uri, delay, cancellation).ConfigureAwait(false);
        try
        {
            using var response = await http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellation).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400 && response.Headers.Location is { } location)
            {
                var target = new Uri(uri, location);
                report(new CrawlRecord(uri.AbsoluteUri, depth, "redirect", status, Detail: target.AbsoluteUri));
                return (null, [target.AbsoluteUri]);
            }

            if (response.StatusCode != HttpStatusCode.OK)
            {
                report(new CrawlRecord(uri.AbsoluteUri, depth, "http-error", status));
                return (null, []);
            }

            var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
            if (!IngestFormatDetector.IsHtmlMediaType(mediaType))
            {
                report(new CrawlRecord(uri.AbsoluteUri, depth, "not-html", status, Detail: mediaType));
                return (null, []);
            }

            var bytes = await ReadLimitedAsync(response.Content, options.MaxBytes, cancellation).ConfigureAwait(false);
            if (bytes is null)
            {
                report(new CrawlRecord(uri.AbsoluteUri, depth, "too-large", status, Detail: $"more than {options.MaxBytes} bytes"));
                return (null, []);
            }

            var entry = store.Add(bytes, uri.AbsoluteUri, response.Content.Headers.ContentType?.ToString() ?? mediaType, clock.GetUtcNow());
            var capture = new CaptureSource(uri.Host, uri.AbsoluteUri, entry.Sha256[..12]);
            var page = HtmlPageParser.Parse(bytes, capture);
            var post = HtmlPageParser.ToPosts(page, capture).Posts.FirstOrDefault();
            report(new CrawlRecord(uri.AbsoluteUri, depth, "stored", status, entry.Sha256, $"{page.Links.Count} links"));
            return (post is null ? null : new EvidencedPost(post, entry.Sha256), page.Links.Select(l => l.Href).ToList());
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            report(new CrawlRecord(uri.AbsoluteUri, depth, "failed", Detail: e.Message));
            return (null, []);
        }
        finally
        {
            _limiter.Done(uri);
        }
    }

    private async Task<RobotsGroup> RobotsForAsync(Uri uri, CancellationToken cancellation)
    {
        var authority = uri.GetLeftPart(UriPartial.Authority);
        if (_robots.TryGetValue(authority, out var known))
        {
            return known;
        }

        var robotsUri = new Uri(authority + "/robots.txt");
        RobotsGroup group;
        await _limiter.WaitAsync(robotsUri, options.Delay, cancellation).ConfigureAwait(false);
        try
        {
            using var response = await http.GetAsync(robotsUri, HttpCompletionOption.ResponseHeadersRead, cancellation).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (response.IsSuccessStatusCode && await ReadLimitedAsync(response.Content, RobotsMaxBytes, cancellation).ConfigureAwait(false) is { } bytes)
            {
                var entry = store.Add(bytes, robotsUri.AbsoluteUri, "text/plain", clock.GetUtcNow());
                group = RobotsTxt.Parse(System.Text.Encoding.UTF8.GetString(bytes)).ForAgent(CrawlOptions.ProductToken);
                report(new CrawlRecord(robotsUri.AbsoluteUri, 0, "stored", status, entry.Sha256, "robots.txt"));
            }
            else
            {
                group = status is >= 400 and < 500 ? RobotsGroup.AllowAll : RobotsGroup.DisallowAll;
                report(new CrawlRecord(robotsUri.AbsoluteUri, 0, "http-error", status, Detail: status < 500 ? "no robots.txt: all allowed" : "robots.txt unavailable: nothing fetched"));
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            group = RobotsGroup.DisallowAll;
            report(new CrawlRecord(robotsUri.AbsoluteUri, 0, "failed", Detail: "robots.txt unreachable, nothing fetched: " + e.Message));
        }
        finally
        {
            _limiter.Done(robotsUri);
        }

        _robots[authority] = group;
        return group;
    }

    /// <summary>The body, or null when it is longer than <paramref name="limit"/>.</summary>
    private static async Task<byte[]?> ReadLimitedAsync(HttpContent content, int limit, CancellationToken cancellation)
    {
        if (content.Headers.ContentLength > limit)
        {
            return null;
        }

        await using var stream = await content.ReadAsStreamAsync(cancellation).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellation).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }
}
