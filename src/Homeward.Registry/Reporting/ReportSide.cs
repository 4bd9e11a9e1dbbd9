namespace Homeward.Registry.Reporting;

/// <summary>The missing-child side of a match report.</summary>
/// <param name="Id">The report id.</param>
/// <param name="Names">The child's name and aliases, when the audience sees names.</param>
/// <param name="Sex">The child's sex in words.</param>
/// <param name="Born">The date of birth (or its year for audiences without details), or null.</param>
/// <param name="LastSeen">When the child was last seen (the year only without details).</param>
/// <param name="LastSeenPlace">Where (the province only without details).</param>
/// <param name="Description">The description, when the audience sees details.</param>
/// <param name="ReportedBy">Who reported, when the audience sees details.</param>
/// <param name="Relatives">The relatives whose DNA was searched.</param>
public sealed record ReportSide(string Id, IReadOnlyList<string> Names, string Sex, string? Born, string LastSeen, string LastSeenPlace, string? Description, string? ReportedBy, IReadOnlyList<RelativeLine> Relatives);
