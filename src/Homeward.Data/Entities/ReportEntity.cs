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

    public DateTime CreatedAt { get; set; }

    public List<DonorEntity> Donors { get; } = [];
}
