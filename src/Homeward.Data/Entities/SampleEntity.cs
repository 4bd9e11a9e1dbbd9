namespace Homeward.Data.Entities;

/// <summary>
/// A typed DNA sample of a donor or of a found child. The genotypes are one compact column: the
/// canonical JSON object of DESIGN.md §4 (<c>{"D3S1358":["15","16"],…}</c>, markers in ordinal order),
/// so that a profile is one row to write, one row to read, and hashes to the same bytes every time.
/// </summary>
internal sealed class SampleEntity
{
    public Guid Id { get; set; }

    /// <summary>The pseudonymous sample code: the profile id of the JSON Lines format, unique.</summary>
    public required string Code { get; set; }

    /// <summary>The donor, for a reference sample (exactly one of donor and found child is set).</summary>
    public Guid? DonorId { get; set; }

    public DonorEntity? Donor { get; set; }

    /// <summary>The found child, for a query sample.</summary>
    public Guid? FoundChildId { get; set; }

    public FoundChildEntity? FoundChild { get; set; }

    public string? Lab { get; set; }

    public string? Kit { get; set; }

    public DateOnly? CollectedOn { get; set; }

    /// <summary>The canonical loci JSON.</summary>
    public required string Loci { get; set; }

    public int MarkerCount { get; set; }

    /// <summary>SHA-256 of the profile's canonical JSON line: equal hashes mean nothing to import.</summary>
    public required byte[] ContentHash { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<CustodyEntryEntity> Custody { get; } = [];
}
