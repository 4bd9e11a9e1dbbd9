namespace Homeward.Data.Intel;

/// <summary>A ring of the stored set: its posts, identifiers and time span.</summary>
public sealed record IntelRingSummary(string Id, int Posts, int Identifiers, DateTime? First, DateTime? Last);
