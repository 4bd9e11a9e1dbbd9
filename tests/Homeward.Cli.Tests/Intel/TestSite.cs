using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Homeward.Cli.Tests.Intel;

/// <summary>A small web site on 127.0.0.1 and a free port: fixed pages by path, and a log of the requests with when they came.</summary>
internal sealed class TestSite : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private readonly Dictionary<string, (int Status, string MediaType, string Body)> _pages = new(StringComparer.Ordinal);
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public TestSite()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseAddress = new Uri($"http://127.0.0.1:{Port}/");
        _listener.Prefixes.Add(BaseAddress.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    /// <summary>Path and time since start of every request, in order of arrival.</summary>
    public ConcurrentQueue<(string Path, TimeSpan At, string? UserAgent)> Requests { get; } = new();

    public TestSite Page(string path, string body, string mediaType = "text/html; charset=utf-8", int status = 200)
    {
        _pages[path] = (status, mediaType, body);
        return this;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var path = context.Request.Url!.PathAndQuery;
            Requests.Enqueue((path, _clock.Elapsed, context.Request.UserAgent));
            var (status, mediaType, body) = _pages.TryGetValue(path, out var page) ? page : (404, "text/plain", "not found");
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.StatusCode = status;
            context.Response.ContentType = mediaType;
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}
