namespace Homeward.Intel.Ingest;

/// <summary>Where a captured file came from, given by the host that captured it.</summary>
/// <param name="Name">The capture's name (a file name, a chat's name); the posts' source when the file names none.</param>
/// <param name="Url">The address it was fetched from, if any; relative links are resolved against it.</param>
/// <param name="IdPrefix">Prefix of the post ids (the host uses the start of the evidence hash): posts are <c>prefix-1</c>, <c>prefix-2</c>…</param>
/// <param name="LocalOffset">The UTC offset of times written without one (chat logs): China Standard Time, +08:00, by default.</param>
public sealed record CaptureSource(string Name, string? Url, string IdPrefix, TimeSpan? LocalOffset = null)
{
    /// <summary>The offset assumed for local times.</summary>
    public TimeSpan Offset => LocalOffset ?? TimeSpan.FromHours(8);

    /// <summary>The id of the n-th post (1-based) of the capture.</summary>
    public string PostId(int n) => $"{IdPrefix}-{n}";
}
