using Microsoft.AspNetCore.Http;

namespace Homeward.Web;

/// <summary>Serves the one stylesheet from the assembly (a host needs no wwwroot).</summary>
internal static class StyleSheet
{
    private static readonly Lazy<byte[]> Content = new(() =>
    {
        using var stream = typeof(StyleSheet).Assembly.GetManifestResourceStream("Homeward.Web.site.css")
            ?? throw new InvalidOperationException("the stylesheet is not embedded");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    public static IResult Serve(HttpContext context)
    {
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Bytes(Content.Value, "text/css; charset=utf-8");
    }
}
