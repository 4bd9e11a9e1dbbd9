namespace Homeward.Data.Entities;

/// <summary>An indicator hit in an analysed post: its group and span.</summary>
internal sealed class IntelIndicatorEntity
{
    public long Id { get; set; }

    public long PostId { get; set; }

    public IntelPostEntity? Post { get; set; }

    public required string Group { get; set; }

    public required string Text { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public string? Detail { get; set; }
}
