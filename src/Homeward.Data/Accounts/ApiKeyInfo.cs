namespace Homeward.Data.Accounts;

/// <summary>An API key as listed: never the key itself.</summary>
/// <param name="Id">The key's id (what <c>apikeys revoke</c> takes).</param>
/// <param name="Prefix">The key's first characters, to tell keys apart.</param>
/// <param name="Lab">The lab it belongs to.</param>
/// <param name="Scopes">What it may do.</param>
/// <param name="CreatedAt">When it was made (UTC).</param>
/// <param name="RevokedAt">When it was revoked, or null while valid.</param>
public sealed record ApiKeyInfo(Guid Id, string Prefix, string Lab, IReadOnlyList<string> Scopes, DateTime CreatedAt, DateTime? RevokedAt)
{
    /// <summary>Whether the key may still be used.</summary>
    public bool IsActive => RevokedAt is null;
}

/// <summary>A key just made: the only time <paramref name="Key"/> exists outside the lab's hands.</summary>
/// <param name="Key">The secret key.</param>
/// <param name="Info">What is stored about it.</param>
public sealed record IssuedApiKey(string Key, ApiKeyInfo Info);
