namespace Homeward.Registry.Reporting;

/// <summary>The found-child side of a match report.</summary>
/// <param name="Id">The found child's id.</param>
/// <param name="OperationId">The operation that found the child, or null.</param>
/// <param name="Sex">The child's sex in words.</param>
/// <param name="FoundOn">When found (the year only without details).</param>
/// <param name="FoundPlace">Where (the province only without details).</param>
/// <param name="EstimatedAge">The estimated age, e.g. "1.5–2.2 years".</param>
/// <param name="KnownNames">Names the child knows or was given, when the audience sees names.</param>
/// <param name="Description">The description, when the audience sees details.</param>
/// <param name="Institution">Institution and placement, when the audience sees details.</param>
public sealed record FoundSide(string Id, string? OperationId, string Sex, string FoundOn, string FoundPlace, string EstimatedAge, IReadOnlyList<string> KnownNames, string? Description, string? Institution);
