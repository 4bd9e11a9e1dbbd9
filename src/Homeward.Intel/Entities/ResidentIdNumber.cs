namespace Homeward.Intel.Entities;

/// <summary>
/// The 18-character mainland resident identity number (GB 11643-1999): six digits of region, eight of
/// birth date, three of sequence, one check character (ISO 7064 MOD 11-2, 'X' for 10).
/// </summary>
internal static class ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckChars = "10X98765432";

    /// <summary>Whether <paramref name="id"/> (17 digits and a digit or x/X) has a valid check character,
    /// a province code and a plausible birth date (1900-2099).</summary>
    public static bool IsValid(ReadOnlySpan<char> id)
    {
        if (id.Length != 18)
        {
            return false;
        }

        for (var i = 0; i < 17; i++)
        {
            if ((uint)(id[i] - '0') > 9)
            {
                return false;
            }
        }

        var province = ((id[0] - '0') * 10) + (id[1] - '0');
        if (province is < 11 or > 82)
        {
            return false;
        }

        var year = Number(id.Slice(6, 4));
        var month = Number(id.Slice(10, 2));
        var day = Number(id.Slice(12, 2));
        if (year is < 1900 or > 2099 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        return char.ToUpperInvariant(id[17]) == CheckCharacter(id[..17]);
    }

    /// <summary>The check character for the first 17 digits.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckChars[sum % 11];
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var n = 0;
        foreach (var c in digits)
        {
            n = (n * 10) + (c - '0');
        }

        return n;
    }
}
