namespace Homeward.Intel.Entities;

/// <summary>An entity found in a post.</summary>
/// <param name="Type">What it is.</param>
/// <param name="Value">The normalised value (phones in E.164, prices as "CNY 100000", e-mails and ids in lower case).</param>
/// <param name="Text">The text as written in the original post.</param>
/// <param name="Start">Start offset in the original text (UTF-16 code units).</param>
/// <param name="End">End offset (exclusive) in the original text.</param>
/// <param name="Province">The province a phone or place belongs to, when known (越南 for Vietnam).</param>
public sealed record Entity(EntityType Type, string Value, string Text, int Start, int End, string? Province = null)
{
    /// <summary>Start in the normalised text (for masking).</summary>
    internal int NormStart { get; init; }

    /// <summary>End in the normalised text (for masking).</summary>
    internal int NormEnd { get; init; }

    /// <summary>Whether the entity is a place across the border or a Vietnamese phone.</summary>
    internal bool CrossBorder { get; init; }
}
