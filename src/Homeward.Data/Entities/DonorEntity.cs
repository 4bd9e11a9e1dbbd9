namespace Homeward.Data.Entities;

/// <summary>A relative of a missing child who gave a reference sample.</summary>
internal sealed class DonorEntity
{
    public Guid Id { get; set; }

    public Guid ReportId { get; set; }

    public ReportEntity? Report { get; set; }

    /// <summary>The donor's personal data (absent for imported profiles).</summary>
    public Guid? PersonId { get; set; }

    public PersonEntity? Person { get; set; }

    /// <summary>The role as named in the JSON Lines format (<c>mother</c>, <c>full-sibling</c>, …).</summary>
    public required string Role { get; set; }

    /// <summary><c>M</c>, <c>F</c> or <c>U</c>.</summary>
    public required string Sex { get; set; }

    /// <summary>The purposes consented to, comma-separated (<c>identification</c>, <c>research</c>); empty when none is recorded.</summary>
    public string ConsentScopes { get; set; } = string.Empty;

    public DateOnly? ConsentGivenOn { get; set; }

    /// <summary>
    /// For donors under 14 (PIPL): who consented for them (<c>not-applicable</c>, <c>guardian</c>,
    /// <c>institution</c>, <c>pending</c>, <c>refused</c>).
    /// </summary>
    public string GuardianStatus { get; set; } = "not-applicable";

    public List<SampleEntity> Samples { get; } = [];
}
