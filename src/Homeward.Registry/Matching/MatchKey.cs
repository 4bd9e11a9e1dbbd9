namespace Homeward.Registry.Matching;

/// <summary>A pair of a missing-child report and a found child.</summary>
/// <param name="ReportId">The report.</param>
/// <param name="FoundChildId">The found child.</param>
public readonly record struct MatchKey(string ReportId, string FoundChildId)
{
    /// <inheritdoc />
    public override string ToString() => $"{ReportId} × {FoundChildId}";
}
