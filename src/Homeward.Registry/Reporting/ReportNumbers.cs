using System.Globalization;

namespace Homeward.Registry.Reporting;

/// <summary>Numbers as match reports print them (invariant culture).</summary>
public static class ReportNumbers
{
    /// <summary>A likelihood ratio: plain between 0.001 and 100,000, otherwise in scientific notation (2.11e+7).</summary>
    public static string Lr(double lr) => lr switch
    {
        0 => "0",
        double.PositiveInfinity => "∞",
        _ when lr >= 1e5 || lr < 1e-3 => lr.ToString("0.##e+0", CultureInfo.InvariantCulture),
        _ => lr.ToString("#,##0.###", CultureInfo.InvariantCulture),
    };

    /// <summary>A probability with five decimals; "&gt; 0.99999" and "&lt; 0.00001" at the ends.</summary>
    public static string Probability(double p) => p switch
    {
        >= 0.999995 => "> 0.99999",
        > 0 and < 0.000005 => "< 0.00001",
        _ => p.ToString("0.#####", CultureInfo.InvariantCulture),
    };

    /// <summary>Prior odds as "1 : N".</summary>
    public static string Odds(double odds) =>
        odds > 0 && double.IsFinite(odds) ? string.Create(CultureInfo.InvariantCulture, $"1 : {1 / odds:#,##0}") : Lr(odds);
}
