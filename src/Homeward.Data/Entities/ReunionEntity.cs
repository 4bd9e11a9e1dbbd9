namespace Homeward.Data.Entities;

/// <summary>The reunion a match led to: the day, the place and who recorded it.</summary>
internal sealed class ReunionEntity
{
    public Guid Id { get; set; }

    public Guid MatchId { get; set; }

    public MatchEntity? Match { get; set; }

    public DateOnly ReunitedOn { get; set; }

    public string? Province { get; set; }

    public string? Locality { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public required string RecordedBy { get; set; }
}
