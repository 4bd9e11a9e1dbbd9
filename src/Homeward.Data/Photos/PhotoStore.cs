using System.Security.Cryptography;
using System.Text.Json;
using Homeward.Data.Audit;
using Homeward.Data.Entities;
using Homeward.Data.Photos.Images;
using Homeward.Data.Registry;
using Homeward.Kinship;
using Microsoft.EntityFrameworkCore;

namespace Homeward.Data.Photos;

/// <summary>
/// Photos of reports' missing children and of found children. An upload is checked and cleaned by
/// <see cref="ImageSanitizer"/> before anything is stored (the format from its bytes, the size from its
/// header, the metadata that could locate the child removed). Every list, read, upload and deletion is
/// audited in the same transaction under the case's code (entity type <c>report</c> or
/// <c>found-child</c>), with the photo's id and hash; never its caption, which may hold a name.
/// </summary>
public sealed class PhotoStore(DatabaseSettings settings, TimeProvider time, ImageLimits limits, AuditBatcher? readAudit = null)
{
    /// <summary>The limits uploads are checked against.</summary>
    public ImageLimits Limits { get; } = limits;

    /// <summary>Checks, cleans and stores a photo of the case <paramref name="code"/>; a failure on <c>file</c>, <c>caption</c> or <c>code</c>.</summary>
    public async Task<Result<PhotoInfo>> AddAsync(PhotoOwner owner, string code, ReadOnlyMemory<byte> upload, string? caption, string actor, CancellationToken cancellationToken = default)
    {
        var errors = new List<InputError>();
        var image = ImageSanitizer.Sanitize(upload.Span, Limits);
        if (!image.IsSuccess)
        {
            errors.AddRange(image.Errors);
        }

        caption = string.IsNullOrWhiteSpace(caption) ? null : caption.Trim();
        if (caption is { Length: > PhotoRules.MaxCaption })
        {
            errors.Add(new InputError("caption", $"the caption is {caption.Length} characters; at most {PhotoRules.MaxCaption} are accepted"));
        }

        if (errors.Count > 0)
        {
            return Result<PhotoInfo>.Failure(errors);
        }

        var clean = image.Value;
        await using var tx = await RegistryTransaction.BeginAsync(settings, time, write: true, readAudit: null, cancellationToken).ConfigureAwait(false);
        var ownerId = await OwnerIdAsync(tx.Db, owner, code, cancellationToken).ConfigureAwait(false);
        if (ownerId is null)
        {
            return Result<PhotoInfo>.Failure("code", $"there is no {PhotoRules.AuditType(owner)} {code}");
        }

        var entity = new PhotoEntity
        {
            Id = Guid.NewGuid(),
            ReportId = owner == PhotoOwner.Report ? ownerId : null,
            FoundChildId = owner == PhotoOwner.FoundChild ? ownerId : null,
            ContentType = clean.ContentType,
            Content = clean.Bytes,
            Sha256 = SHA256.HashData(clean.Bytes),
            Length = clean.Bytes.Length,
            Width = clean.Width,
            Height = clean.Height,
            Caption = caption,
            UploadedBy = actor,
            UploadedAt = AuditHasher.Truncate(Utc.Column(time.GetUtcNow())), // microseconds, as PostgreSQL keeps them
        };
        tx.Db.Photos.Add(entity);
        tx.Audit.Add(Record(actor, "photo-add", owner, code, new
        {
            photo = entity.Id,
            sha256 = Convert.ToHexStringLower(entity.Sha256),
            bytes = entity.Length,
            uploaded = upload.Length,
            width = entity.Width,
            height = entity.Height,
            removed = clean.Removed,
        }));
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return Info(entity, owner, code);
    }

    /// <summary>The photos of a case, oldest first, without their bytes; null when there is no such case. Audited either way.</summary>
    public async Task<IReadOnlyList<PhotoInfo>?> ListAsync(PhotoOwner owner, string code, string actor, CancellationToken cancellationToken = default)
    {
        await using var tx = await RegistryTransaction.BeginAsync(settings, time, write: false, readAudit, cancellationToken).ConfigureAwait(false);
        var ownerId = await OwnerIdAsync(tx.Db, owner, code, cancellationToken).ConfigureAwait(false);
        List<PhotoInfo>? photos = null;
        if (ownerId is { } id)
        {
            var query = owner == PhotoOwner.Report
                ? tx.Db.Photos.AsNoTracking().Where(p => p.ReportId == id)
                : tx.Db.Photos.AsNoTracking().Where(p => p.FoundChildId == id);
            var rows = await query
                .Select(p => new { p.Id, p.ContentType, p.Width, p.Height, p.Length, p.Sha256, p.Caption, p.UploadedBy, p.UploadedAt })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            photos = [.. rows
                .OrderBy(p => p.UploadedAt).ThenBy(p => p.Id)
                .Select(p => new PhotoInfo(p.Id, owner, code, p.ContentType, p.Width, p.Height, p.Length, Convert.ToHexStringLower(p.Sha256), p.Caption, p.UploadedBy, Utc.Domain(p.UploadedAt)))];
        }

        tx.Audit.Add(Record(actor, "photo-list", owner, code, new { found = photos is not null, photos = photos?.Select(p => p.Id) ?? [] }));
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return photos;
    }

    /// <summary>
    /// Both sides' photos of a match for its review, oldest first, in one read: one query over the two
    /// cases by code, and one audit entry per case (as <see cref="ListAsync"/> writes) naming the match.
    /// </summary>
    public async Task<MatchPhotos> ListForMatchAsync(string matchId, string reportCode, string foundChildCode, string actor, CancellationToken cancellationToken = default)
    {
        await using var tx = await RegistryTransaction.BeginAsync(settings, time, write: false, readAudit, cancellationToken).ConfigureAwait(false);
        var result = await tx.ViewAsync("match-photos", $"{reportCode}\n{foundChildCode}", () => LoadForMatchAsync(tx, reportCode, foundChildCode, cancellationToken), cancellationToken).ConfigureAwait(false);
        tx.Audit.Add(Record(actor, "photo-list", PhotoOwner.Report, reportCode, new { match = matchId, photos = result.Report.Select(p => p.Id) }));
        tx.Audit.Add(Record(actor, "photo-list", PhotoOwner.FoundChild, foundChildCode, new { match = matchId, photos = result.FoundChild.Select(p => p.Id) }));
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    private static async Task<MatchPhotos> LoadForMatchAsync(RegistryTransaction tx, string reportCode, string foundChildCode, CancellationToken cancellationToken)
    {
        var rows = await tx.Db.Photos.AsNoTracking()
            .Where(p => (p.Report != null && p.Report.Code == reportCode) || (p.FoundChild != null && p.FoundChild.Code == foundChildCode))
            .Select(p => new { p.Id, ReportCode = p.Report != null ? p.Report.Code : null, p.ContentType, p.Width, p.Height, p.Length, p.Sha256, p.Caption, p.UploadedBy, p.UploadedAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var photos = rows
            .OrderBy(p => p.UploadedAt).ThenBy(p => p.Id)
            .Select(p => (Owner: p.ReportCode is null ? PhotoOwner.FoundChild : PhotoOwner.Report, Photo: p))
            .Select(o => new PhotoInfo(o.Photo.Id, o.Owner, o.Owner == PhotoOwner.Report ? reportCode : foundChildCode, o.Photo.ContentType, o.Photo.Width, o.Photo.Height, o.Photo.Length, Convert.ToHexStringLower(o.Photo.Sha256), o.Photo.Caption, o.Photo.UploadedBy, Utc.Domain(o.Photo.UploadedAt)))
            .ToLookup(p => p.Owner);
        return new MatchPhotos([.. photos[PhotoOwner.Report]], [.. photos[PhotoOwner.FoundChild]]);
    }

    /// <summary>A photo with its bytes, or null. Audited under its case's code, or under the id when there is none.</summary>
    public async Task<PhotoContent?> GetAsync(Guid id, string actor, CancellationToken cancellationToken = default)
    {
        await using var tx = await RegistryTransaction.BeginAsync(settings, time, write: false, readAudit, cancellationToken).ConfigureAwait(false);
        var photo = await tx.Db.Photos.AsNoTracking()
            .Include(p => p.Report).Include(p => p.FoundChild)
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false);
        PhotoContent? content = null;
        if (photo is null)
        {
            tx.Audit.Add(new AuditRecord(actor, "photo-read", "photo", id.ToString(), JsonSerializer.Serialize(new { found = false })));
        }
        else
        {
            var (owner, code) = OwnerOf(photo);
            content = new PhotoContent(Info(photo, owner, code), photo.Content);
            tx.Audit.Add(Record(actor, "photo-read", owner, code, new { found = true, photo = id, sha256 = content.Info.Sha256 }));
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return content;
    }

    /// <summary>Deletes a photo; what it was (its case, for the way back), or null when there is none. Audited.</summary>
    public async Task<PhotoInfo?> DeleteAsync(Guid id, string actor, CancellationToken cancellationToken = default)
    {
        await using var tx = await RegistryTransaction.BeginAsync(settings, time, write: true, readAudit: null, cancellationToken).ConfigureAwait(false);
        var photo = await tx.Db.Photos
            .Include(p => p.Report).Include(p => p.FoundChild)
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false);
        if (photo is null)
        {
            return null;
        }

        var (owner, code) = OwnerOf(photo);
        var info = Info(photo, owner, code);
        tx.Db.Photos.Remove(photo);
        tx.Audit.Add(Record(actor, "photo-delete", owner, code, new { photo = id, sha256 = info.Sha256 }));
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return info;
    }

    private static async Task<Guid?> OwnerIdAsync(HomewardDbContext db, PhotoOwner owner, string code, CancellationToken cancellationToken) =>
        owner == PhotoOwner.Report
            ? await db.Reports.Where(r => r.Code == code).Select(r => (Guid?)r.Id).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            : await db.FoundChildren.Where(c => c.Code == code).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);

    private static (PhotoOwner Owner, string Code) OwnerOf(PhotoEntity photo) =>
        photo.Report is { } report ? (PhotoOwner.Report, report.Code) : (PhotoOwner.FoundChild, photo.FoundChild!.Code);

    private static PhotoInfo Info(PhotoEntity p, PhotoOwner owner, string code) =>
        new(p.Id, owner, code, p.ContentType, p.Width, p.Height, p.Length, Convert.ToHexStringLower(p.Sha256), p.Caption, p.UploadedBy, Utc.Domain(p.UploadedAt));

    private static AuditRecord Record(string actor, string action, PhotoOwner owner, string code, object details) =>
        new(actor, action, PhotoRules.AuditType(owner), code, JsonSerializer.Serialize(details));
}
