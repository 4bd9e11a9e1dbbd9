namespace Homeward.Intel.Scoring;

/// <summary>One indicator found in a post.</summary>
/// <param name="Group">The indicator group (cover, money, code, child, private-contact, identity-washing,
/// hardship, buyer, cross-border; news and lawful lower the score).</param>
/// <param name="Text">The text as written in the original post.</param>
/// <param name="Start">Start offset in the original text (UTF-16 code units).</param>
/// <param name="End">End offset (exclusive) in the original text.</param>
/// <param name="Detail">What the hit says beyond its group, e.g. "sex:male", "age-days:8", "price:CNY 100000".</param>
public sealed record IndicatorHit(string Group, string Text, int Start, int End, string? Detail = null)
{
    internal int NormStart { get; init; }

    internal int NormEnd { get; init; }
}
