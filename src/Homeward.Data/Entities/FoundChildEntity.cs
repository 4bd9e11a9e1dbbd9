namespace Homeward.Data.Entities;

/// <summary>A found child (or unidentified person): the subject of query profiles.</summary>
internal sealed class FoundChildEntity
{
    public Guid Id { get; set; }

    /// <summary>The pseudonymous code, unique.</summary>
    public required string Code { get; set; }

    public Guid? OperationId { get; set; }

    public OperationEntity? Operation { get; set; }

    /// <summary>The child's personal data, when known.</summary>
    public Guid? PersonId { get; set; }

    public PersonEntity? Person { get; set; }

    /// <summary><c>M</c>, <c>F</c> or <c>U</c>.</summary>
    public required string Sex { get; set; }

    public DateOnly? FoundOn { get; set; }

    public int? EstimatedBirthYear { get; set; }

    /// <summary>The institution caring for the child.</summary>
    public string? Institution { get; set; }

    public List<SampleEntity> Samples { get; } = [];
}
