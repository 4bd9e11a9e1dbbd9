namespace Homeward.Data.Entities;

/// <summary>A missing-child report: the case that relatives' samples and matches belong to.</summary>
internal sealed class ReportEntity
{
    public Guid Id { get; set; }

    /// <summary>The pseudonymous report code (the <c>report</c> of a reference profile), unique.</summary>
    public required string Code { get; set; }

    /// <summary>The police case number, when one exists.</summary>
    public string? PoliceCaseNumber { get; set; }

    public DateOnly? ReportedOn { get; set; }

    /// <summary>The missing child's personal data.</summary>
    public Guid? MissingPersonId { get; set; }

    public PersonEntity? MissingPerson { get; set; }

    /// <summary>The missing child's sex: <c>M</c>, <c>F</c> or <c>U</c> (null for a report known only from an import).</summary>
    public string? Sex { get; set; }

    /// <summary>When the report was registered (UTC).</summary>
    public DateTime? ReportedAt { get; set; }

    /// <summary>When the case was closed (UTC); null while open.</summary>
    public DateTime? ClosedAt { get; set; }

    /// <summary>A court or prosecutor ordered the case's data kept: retention deletes nothing.</summary>
    public bool LegalHold { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<DonorEntity> Donors { get; } = [];
}
