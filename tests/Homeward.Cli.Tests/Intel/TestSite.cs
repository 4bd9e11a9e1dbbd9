using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Homeward.Cli.Tests.Load;

namespace Homeward.Cli.Tests.Intel;

/// <summary>A small web site on 127.0.0.1 and a free port: fixed pages by path, and a log of the requests with when they came.</summary>
internal sealed class TestSite : IDisposable
{
    private readonly ConcurrentDictionary<string, (int Status, string MediaType, byte[] Body)> _pages = new(StringComparer.Ordinal);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly LocalHttpServer _server;

    public TestSite() => _server = new LocalHttpServer(request =>
    {
        var path = request.Url!.PathAndQuery;
        Requests.Enqueue((path, _clock.Elapsed, request.UserAgent));
        return _pages.TryGetValue(path, out var page) ? page : (404, "text/plain", "not found"u8.ToArray());
    });

    public int Port => _server.BaseAddress.Port;

    public Uri BaseAddress => _server.BaseAddress;

    /// <summary>Path and time since start of every request, in order of arrival.</summary>
    public ConcurrentQueue<(string Path, TimeSpan At, string? UserAgent)> Requests { get; } = new();

    public TestSite Page(string path, string body, string mediaType = "text/html; charset=utf-8", int status = 200)
    {
        _pages[path] = (status, mediaType, Encoding.UTF8.GetBytes(body));
        return this;
    }

    public void Dispose() => _server.Dispose();
}
