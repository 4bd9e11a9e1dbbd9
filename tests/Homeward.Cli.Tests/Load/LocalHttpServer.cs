using System.Net;
using System.Net.Sockets;

namespace Homeward.Cli.Tests.Load;

/// <summary>
/// A tiny HTTP server on 127.0.0.1 and a free port: by default <c>/ok</c> answers 200, <c>/fail</c> 500,
/// anything else 404; or whatever a given responder answers.
/// </summary>
internal sealed class LocalHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private readonly Func<HttpListenerRequest, (int Status, string MediaType, byte[] Body)> _respond;

    public LocalHttpServer()
        : this(request => request.Url!.AbsolutePath switch
        {
            "/ok" => (200, "text/plain", "fine"u8.ToArray()),
            "/fail" => (500, "text/plain", "broken"u8.ToArray()),
            _ => (404, "text/plain", "none"u8.ToArray()),
        })
    {
    }

    public LocalHttpServer(Func<HttpListenerRequest, (int Status, string MediaType, byte[] Body)> respond)
    {
        _respond = respond;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseAddress.ToString());
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public Uri BaseAddress { get; }

    public int Requests;

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

            Interlocked.Increment(ref Requests);
            var (status, mediaType, body) = _respond(context.Request);
            context.Response.StatusCode = status;
            context.Response.ContentType = mediaType;
            context.Response.ContentLength64 = body.Length;
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }
}
