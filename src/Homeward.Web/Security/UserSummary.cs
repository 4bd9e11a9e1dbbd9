namespace Homeward.Web.Security;

/// <summary>A user as the administration lists them.</summary>
/// <param name="Email">E-mail (the user name).</param>
/// <param name="Roles">Roles.</param>
/// <param name="TwoFactor">Whether the second factor is on.</param>
/// <param name="LockedUntil">When a lockout ends, if locked.</param>
public sealed record UserSummary(string Email, IReadOnlyList<string> Roles, bool TwoFactor, DateTimeOffset? LockedUntil);
