namespace Homeward.Intel.Rings;

/// <summary>A ring: posts linked by shared identifiers, the investigative unit.</summary>
/// <param name="Id">r1, r2… by size.</param>
/// <param name="Posts">Indices of the member posts in the batch, in batch order.</param>
/// <param name="Identifiers">The linking identifiers (type as in the scan contract, or "account") with the number of member posts holding each.</param>
/// <param name="GenericIdentifiers">Identifiers of the members too common to link (degree above the cap).</param>
/// <param name="SplitFromComponent">Whether the ring is a Louvain community of a larger component.</param>
public sealed record Ring(string Id, IReadOnlyList<int> Posts, IReadOnlyList<(string Type, string Value, int Posts)> Identifiers,
    IReadOnlyList<(string Type, string Value, int Posts)> GenericIdentifiers, bool SplitFromComponent);
