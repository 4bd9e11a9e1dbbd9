namespace Homeward.Registry;

/// <summary>
/// The ids the registry hands out for reports, persons, found children, samples and matches: short
/// ASCII codes (<c>R-17</c>, <c>S-0001</c>) that carry no name, so they may appear in search indexes,
/// audit logs and lab paperwork.
/// </summary>
public static class PseudonymousId
{
    /// <summary>The longest id accepted.</summary>
    public const int MaxLength = 64;

    /// <summary>Whether a string is a valid pseudonymous id.</summary>
    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > MaxLength)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
