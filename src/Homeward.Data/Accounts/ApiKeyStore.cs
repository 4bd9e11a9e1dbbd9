using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Homeward.Data.Audit;
using Homeward.Data.Entities;
using Homeward.Kinship;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Homeward.Data.Accounts;

/// <summary>
/// The labs' API keys. A key is 32 random bytes (base64url) behind a <c>hw_</c> prefix; only its SHA-256
/// is stored, so a copy of the database gives no usable key. A fast hash is enough for 256 random bits
/// (no dictionary to guess from). Creating and revoking are audited.
/// </summary>
public sealed class ApiKeyStore(DatabaseSettings settings, TimeProvider time)
{
    private const string KeyPrefix = "hw_";

    /// <summary>Makes a key for a lab with some scopes; the key is returned once and never stored.</summary>
    public async Task<Result<IssuedApiKey>> CreateAsync(string lab, IReadOnlyList<string> scopes, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        if (string.IsNullOrWhiteSpace(lab) || lab.Length > 200)
        {
            return Result<IssuedApiKey>.Failure("lab", "a lab name of 1 to 200 characters is needed");
        }

        if (scopes.Count == 0 || scopes.Any(s => !ApiKeyScopes.All.Contains(s)))
        {
            return Result<IssuedApiKey>.Failure("scope", $"expected one or more of {string.Join(", ", ApiKeyScopes.All)}");
        }

        var key = KeyPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow().UtcDateTime;
        var entity = new ApiKeyEntity
        {
            Id = Guid.NewGuid(),
            Prefix = key[..10],
            KeyHash = Hash(key),
            Lab = lab.Trim(),
            Scopes = string.Join(' ', scopes.Distinct(StringComparer.Ordinal)),
            CreatedAt = now,
        };
        await using var db = HomewardDatabase.CreateContext(settings);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        db.ApiKeys.Add(entity);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await AuditAsync(db, transaction, actor, "create", entity, now, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new IssuedApiKey(key, Info(entity));
    }

    /// <summary>Every key, newest first.</summary>
    public async Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = HomewardDatabase.CreateContext(settings);
        var keys = await db.ApiKeys.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. keys.OrderByDescending(k => k.CreatedAt).Select(Info)];
    }

    /// <summary>Revokes a key by id; a failure when there is no such key or it is already revoked.</summary>
    public async Task<Result<ApiKeyInfo>> RevokeAsync(Guid id, string actor, CancellationToken cancellationToken = default)
    {
        await using var db = HomewardDatabase.CreateContext(settings);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var entity = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken).ConfigureAwait(false);
        if (entity is null)
        {
            return Result<ApiKeyInfo>.Failure("id", $"no API key {id}");
        }

        if (entity.RevokedAt is not null)
        {
            return Result<ApiKeyInfo>.Failure("id", $"API key {id} is already revoked");
        }

        var now = time.GetUtcNow().UtcDateTime;
        entity.RevokedAt = now;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await AuditAsync(db, transaction, actor, "revoke", entity, now, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return Info(entity);
    }

    /// <summary>The active key a presented secret is, or null (unknown, malformed or revoked).</summary>
    public async Task<ApiKeyInfo?> VerifyAsync(string presented, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(presented) || !presented.StartsWith(KeyPrefix, StringComparison.Ordinal) || presented.Length > 100)
        {
            return null;
        }

        var hash = Hash(presented);
        await using var db = HomewardDatabase.CreateContext(settings);
        var entity = await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.KeyHash == hash, cancellationToken).ConfigureAwait(false);
        return entity is { RevokedAt: null } ? Info(entity) : null;
    }

    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static ApiKeyInfo Info(ApiKeyEntity e) =>
        new(e.Id, e.Prefix, e.Lab, e.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries), e.CreatedAt, e.RevokedAt);

    private Task AuditAsync(HomewardDbContext db, IDbContextTransaction transaction, string actor, string action, ApiKeyEntity entity, DateTime now, CancellationToken cancellationToken) =>
        AuditWriter.AppendAsync(
            db.Database.GetDbConnection(),
            transaction.GetDbTransaction(),
            settings.Provider,
            [new AuditRecord(actor, action, "api-key", entity.Id.ToString(), JsonSerializer.Serialize(new { lab = entity.Lab, scopes = entity.Scopes }))],
            now,
            cancellationToken);
}
