using System.Text.Encodings.Web;
using System.Text.Json;

namespace Homeward.Cli.Crawl;

/// <summary>What happened to one address: printed as one JSON line by <c>intel crawl</c>.</summary>
/// <param name="Url">The address.</param>
/// <param name="Depth">Steps from its seed.</param>
/// <param name="Outcome"><c>stored</c>, <c>robots-disallowed</c>, <c>redirect</c>, <c>http-error</c>, <c>not-html</c>, <c>too-large</c> or <c>failed</c>.</param>
/// <param name="Status">The HTTP status, when a response came.</param>
/// <param name="Sha256">The evidence hash, when stored.</param>
/// <param name="Detail">More about the outcome (media type, size, error, redirect target).</param>
internal sealed record CrawlRecord(string Url, int Depth, string Outcome, int? Status = null, string? Sha256 = null, string? Detail = null)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string ToJsonLine() => JsonSerializer.Serialize(
        new { url = Url, depth = Depth, outcome = Outcome, status = Status, sha256 = Sha256, detail = Detail }, Json);
}
