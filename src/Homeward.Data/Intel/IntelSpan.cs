namespace Homeward.Data.Intel;

/// <summary>A highlighted span of a post: an indicator (kind <c>indicator</c>, name its group) or an entity
/// (kind <c>entity</c>, name its type, value normalised).</summary>
public sealed record IntelSpan(string Kind, string Name, string Text, int Start, int End, string? Value, string? Detail);
