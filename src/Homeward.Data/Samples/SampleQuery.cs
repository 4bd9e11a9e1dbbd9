namespace Homeward.Data.Samples;

/// <summary>What to look for among samples; every part given must match (empty parts are ignored).</summary>
/// <param name="Code">Part of the sample code (case-insensitive).</param>
/// <param name="Lab">Part of the lab's name (case-insensitive).</param>
/// <param name="Kit">Part of the kit's name (case-insensitive).</param>
/// <param name="CollectedOn">The day of collection.</param>
public sealed record SampleQuery(string? Code = null, string? Lab = null, string? Kit = null, DateOnly? CollectedOn = null);
