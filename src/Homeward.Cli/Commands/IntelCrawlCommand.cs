using System.Net;
using Homeward.Cli.Crawl;
using Homeward.Data.Evidence;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward intel crawl --seeds FILE --store DIR …</c>: a polite crawl (see <see cref="Crawler"/>); one JSON
/// line per address on stdout, the pages' posts (JSON Lines with evidence hashes) to <c>--out</c>.
/// Exit 0 when the crawl ran (pages that failed are in its output), 2 on bad options or seeds.
/// </summary>
internal static class IntelCrawlCommand
{
    public static int Run(string seedsPath, string storeFolder, CrawlOptions options, string? outPath, TextWriter stdout, TextWriter stderr)
    {
        if (options.Validate() is { } invalid)
        {
            stderr.WriteLine(invalid);
            return ExitCodes.InvalidInput;
        }

        var (seeds, error) = SeedFile.Read(seedsPath);
        if (seeds is null)
        {
            stderr.WriteLine(error);
            return ExitCodes.InvalidInput;
        }

        var store = EvidenceStore.Open(storeFolder);
        using var handler = new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.All };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.UserAgent.ParseAdd(CrawlOptions.UserAgent);
        var crawler = new Crawler(http, store, options, TimeProvider.System, record => stdout.WriteLine(record.ToJsonLine()));
        var posts = crawler.RunAsync(seeds, CancellationToken.None).GetAwaiter().GetResult();
        if (outPath is not null)
        {
            AtomicFile.WriteAllText(outPath, string.Concat(posts.Select(p => EvidencedPostJson.Format(p) + "\n")));
        }

        stderr.WriteLine($"crawl: {posts.Count} pages kept as evidence in {store.Root}");
        return ExitCodes.Success;
    }
}
