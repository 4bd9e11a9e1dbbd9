namespace Homeward.Data.Entities;

/// <summary>An analyst's label of a post (offer, not-offer, unsure), with who, when and a note. Labels are
/// appended, never changed: the newest is the post's label.</summary>
internal sealed class IntelLabelEntity
{
    public long Id { get; set; }

    public long PostId { get; set; }

    public IntelPostEntity? Post { get; set; }

    public required string Label { get; set; }

    public string? Note { get; set; }

    public required string Actor { get; set; }

    public DateTime At { get; set; }
}
