namespace Homeward.Data.Entities;

/// <summary>A lab's API key: only its SHA-256 is stored; the key itself is shown once when it is made.</summary>
internal sealed class ApiKeyEntity
{
    public Guid Id { get; set; }

    /// <summary>The first characters of the key (not secret), so that people can tell keys apart.</summary>
    public required string Prefix { get; set; }

    /// <summary>SHA-256 of the whole key.</summary>
    public required byte[] KeyHash { get; set; }

    /// <summary>The lab the key belongs to.</summary>
    public required string Lab { get; set; }

    /// <summary>Space-separated scopes (<c>profiles:write</c>, <c>cases:read</c>).</summary>
    public required string Scopes { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When the key was revoked (null while it is valid).</summary>
    public DateTime? RevokedAt { get; set; }
}
