namespace Homeward.Data.Entities;

/// <summary>
/// A photo of a missing child (on a report) or of a found child: the cleaned image bytes (metadata that
/// could locate the child removed before storing), their SHA-256, the size read from the header, who
/// uploaded it and when. Exactly one of <see cref="ReportId"/> and <see cref="FoundChildId"/> is set; the
/// photo goes with its case when the case is deleted.
/// </summary>
internal sealed class PhotoEntity
{
    public Guid Id { get; set; }

    public Guid? ReportId { get; set; }

    public ReportEntity? Report { get; set; }

    public Guid? FoundChildId { get; set; }

    public FoundChildEntity? FoundChild { get; set; }

    /// <summary><c>image/jpeg</c>, <c>image/png</c> or <c>image/webp</c>, from the bytes.</summary>
    public required string ContentType { get; set; }

    public required byte[] Content { get; set; }

    /// <summary>SHA-256 of <see cref="Content"/>.</summary>
    public required byte[] Sha256 { get; set; }

    public int Length { get; set; }

    public int Width { get; set; }

    public int Height { get; set; }

    public string? Caption { get; set; }

    public required string UploadedBy { get; set; }

    public DateTime UploadedAt { get; set; }
}
