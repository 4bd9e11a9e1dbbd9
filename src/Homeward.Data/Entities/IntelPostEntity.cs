namespace Homeward.Data.Entities;

/// <summary>An analysed post (Intel): the capture's fields, the rules' score and flag, its near-duplicate
/// cluster and ring in the stored set, and the SHA-256 of the capture it was read from.</summary>
internal sealed class IntelPostEntity
{
    public long Id { get; set; }

    /// <summary>The capture's post id (unique).</summary>
    public required string PostId { get; set; }

    public string? Source { get; set; }

    public string? Url { get; set; }

    public string? Author { get; set; }

    /// <summary>When it was posted (UTC), if known.</summary>
    public DateTime? PostedAt { get; set; }

    /// <summary>The text as written (spans point into it).</summary>
    public required string Text { get; set; }

    public double Score { get; set; }

    public bool Flagged { get; set; }

    /// <summary>The near-duplicate cluster in the stored set (<c>c1</c>…), or null.</summary>
    public string? Cluster { get; set; }

    /// <summary>The ring in the stored set (<c>r1</c>…), or null.</summary>
    public string? Ring { get; set; }

    /// <summary>The SHA-256 of the evidence the post was read from, if any.</summary>
    public string? Evidence { get; set; }

    public DateTime LoadedAt { get; set; }

    public List<IntelMentionEntity> Mentions { get; set; } = [];

    public List<IntelIndicatorEntity> Indicators { get; set; } = [];

    public List<IntelLabelEntity> Labels { get; set; } = [];
}
