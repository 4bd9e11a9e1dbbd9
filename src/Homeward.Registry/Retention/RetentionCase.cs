using Homeward.Registry.Cases;

namespace Homeward.Registry.Retention;

/// <summary>What the retention policy needs to know about one case.</summary>
/// <param name="Report">The report (closed or not).</param>
/// <param name="Donors">Its relatives.</param>
/// <param name="Reunion">The reunion, when the child was reunited.</param>
/// <param name="ReunitedChild">The found child of the reunion (their profile is also deleted when the purpose is met).</param>
/// <param name="LegalHold">A court or prosecutor ordered the case's data kept (evidence); nothing is deleted while it lasts.</param>
public sealed record RetentionCase(MissingChildReport Report, IReadOnlyList<Donor> Donors, Reunion? Reunion, FoundChild? ReunitedChild, bool LegalHold);
