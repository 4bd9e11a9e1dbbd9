namespace Homeward.Data.Intel;

/// <summary>A line of the triage queue or of a list of posts.</summary>
public sealed record IntelPostSummary(string Id, string? Source, string? Author, DateTime? PostedAt, double Score, bool Flagged,
    string? Cluster, string? Ring, string? Label, string Excerpt);
