namespace Homeward.Data.Entities;

/// <summary>An entity found in an analysed post: its type, normalised value and span.</summary>
internal sealed class IntelMentionEntity
{
    public long Id { get; set; }

    public long PostId { get; set; }

    public IntelPostEntity? Post { get; set; }

    /// <summary>The contract name of the type (<c>phone</c>, <c>qq</c>, <c>wechat</c>, …).</summary>
    public required string Type { get; set; }

    /// <summary>The normalised value (a phone in E.164).</summary>
    public required string Value { get; set; }

    public required string Text { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public string? Province { get; set; }
}
