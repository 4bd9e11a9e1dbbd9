namespace Homeward.Data.Photos;

/// <summary>A stored photo without its bytes.</summary>
/// <param name="Id">The photo's id (its address in the web application).</param>
/// <param name="Owner">A report's missing child or a found child.</param>
/// <param name="OwnerCode">The code of the report or found child.</param>
/// <param name="ContentType">The media type its bytes say.</param>
/// <param name="Width">Width in pixels.</param>
/// <param name="Height">Height in pixels.</param>
/// <param name="Length">Bytes as stored.</param>
/// <param name="Sha256">SHA-256 of the stored bytes, lower-case hex.</param>
/// <param name="Caption">An optional caption.</param>
/// <param name="UploadedBy">Who uploaded it (as the audit log names them).</param>
/// <param name="UploadedAt">When (UTC).</param>
public sealed record PhotoInfo(
    Guid Id,
    PhotoOwner Owner,
    string OwnerCode,
    string ContentType,
    int Width,
    int Height,
    int Length,
    string Sha256,
    string? Caption,
    string UploadedBy,
    DateTimeOffset UploadedAt);
