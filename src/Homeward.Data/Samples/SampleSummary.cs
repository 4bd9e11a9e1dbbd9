namespace Homeward.Data.Samples;

/// <summary>A sample in a list: codes and lab data only, never a name.</summary>
/// <param name="Code">The pseudonymous sample code.</param>
/// <param name="OwnerCode">The code of the case it belongs to: the report (a relative's sample) or the found child.</param>
/// <param name="Role">The relative's role (<c>mother</c>, …), or null for a found child's sample.</param>
/// <param name="Lab">The typing lab.</param>
/// <param name="Kit">The STR kit.</param>
/// <param name="CollectedOn">The day of collection.</param>
/// <param name="MarkerCount">How many markers are typed.</param>
public sealed record SampleSummary(string Code, string OwnerCode, string? Role, string? Lab, string? Kit, DateOnly? CollectedOn, int MarkerCount);
