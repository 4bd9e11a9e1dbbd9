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

    /// <summary>The code of the child's sample, once taken.</summary>
    public string? SampleCode { get; set; }

    /// <summary>The province where the child was found.</summary>
    public string? FoundProvince { get; set; }

    /// <summary>Town, county, street where the child was found.</summary>
    public string? FoundLocality { get; set; }

    public double? FoundLatitude { get; set; }

    public double? FoundLongitude { get; set; }

    /// <summary>The estimated age on the day found, lower end (years).</summary>
    public double? AgeMinYears { get; set; }

    /// <summary>The estimated age on the day found, upper end (years).</summary>
    public double? AgeMaxYears { get; set; }

    /// <summary>The current placement (foster family, institution unit).</summary>
    public string? Placement { get; set; }

    /// <summary>When the child was registered (UTC).</summary>
    public DateTime? RegisteredAt { get; set; }

    public List<SampleEntity> Samples { get; } = [];
}
