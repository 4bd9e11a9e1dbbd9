namespace Homeward.Data.Entities;

/// <summary>One hand-over in a sample's chain of custody.</summary>
internal sealed class CustodyEntryEntity
{
    public Guid Id { get; set; }

    public Guid SampleId { get; set; }

    public SampleEntity? Sample { get; set; }

    /// <summary>0, 1, 2, … oldest first.</summary>
    public int Number { get; set; }

    public DateTime At { get; set; }

    public required string FromHolder { get; set; }

    public required string ToHolder { get; set; }

    /// <summary>Seal number, condition, storage.</summary>
    public required string Note { get; set; }
}
