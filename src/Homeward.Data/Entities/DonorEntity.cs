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

    /// <summary>The pseudonymous person id the registry gave the donor (null for a donor known only from an import).</summary>
    public string? Code { get; set; }

    /// <summary>The code of the donor's sample, once taken (the sample row exists once it is typed).</summary>
    public string? SampleCode { get; set; }

    /// <summary>Under 14 (PIPL): consent comes from a guardian.</summary>
    public bool IsMinor { get; set; }

    /// <summary>When the consent in force was recorded (UTC).</summary>
    public DateTime? ConsentRecordedAt { get; set; }

    /// <summary>Who recorded it.</summary>
    public string? ConsentRecordedBy { get; set; }

    /// <summary>The guardian's person code when a guardian consented for a minor.</summary>
    public string? ConsentGuardianCode { get; set; }

    public List<SampleEntity> Samples { get; } = [];
}
