namespace Homeward.Intel.Rings;

/// <summary>One end of an analyst's link: a suspect, an operation, a rescued child (by registry id only),
/// an identifier ("phone:+86…", "qq:…", "account:source/name") or a post (by id).</summary>
/// <param name="Kind">suspect, operation, child, identifier or post.</param>
/// <param name="Id">The id as given; for an identifier "type:value" with the value normalised as in the scan output.</param>
public sealed record LinkNode(string Kind, string Id)
{
    /// <summary>For a phone identifier, the province from the offline geocoder (越南 for Vietnam), when known.</summary>
    public string? Province { get; init; }

    /// <summary>The kinds of node a link can name, in the order they are listed.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["post", "identifier", "suspect", "operation", "child"];

    /// <summary>The node's id in the ring graph: "kind:id" (identifiers by their linking key).</summary>
    public string GraphId => Kind == "identifier" ? "identifier:" + IdentifierKeyOf(Id) : Kind + ":" + Id;

    internal static string IdentifierKeyOf(string typed)
    {
        var colon = typed.IndexOf(':', StringComparison.Ordinal);
        return RingBuilder.IdentifierKey(typed[..colon], typed[(colon + 1)..]);
    }
}
