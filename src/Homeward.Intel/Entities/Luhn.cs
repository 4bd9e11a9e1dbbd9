namespace Homeward.Intel.Entities;

/// <summary>The Luhn (mod 10) check of card numbers.</summary>
internal static class Luhn
{
    public static bool IsValid(ReadOnlySpan<char> digits)
    {
        if (digits.Length < 2)
        {
            return false;
        }

        var sum = 0;
        var doubleIt = false;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if ((uint)d > 9)
            {
                return false;
            }

            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return sum % 10 == 0;
    }

    /// <summary>The check digit that makes <paramref name="payload"/> + digit Luhn-valid.</summary>
    public static char CheckDigit(ReadOnlySpan<char> payload)
    {
        var s = new char[payload.Length + 1];
        payload.CopyTo(s);
        for (var d = '0'; d <= '9'; d++)
        {
            s[^1] = d;
            if (IsValid(s))
            {
                return d;
            }
        }

        throw new InvalidOperationException("unreachable");
    }
}
