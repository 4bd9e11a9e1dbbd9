using System.Globalization;

namespace Homeward.Web.Pages.Matches;

/// <summary>How match numbers are written: LRs in scientific notation, probabilities as percentages.</summary>
public static class MatchText
{
    public static string Lr(double lr) => lr switch
    {
        double.PositiveInfinity => "∞",
        0 => "0",
        _ when lr is >= 0.01 and < 10_000 => lr.ToString("0.###", CultureInfo.InvariantCulture),
        _ => lr.ToString("0.00E+0", CultureInfo.InvariantCulture),
    };

    public static string Probability(double p) =>
        p >= 0.9999 && p < 1 ? "> 99.99 %" : (p * 100).ToString("0.##", CultureInfo.InvariantCulture) + " %";

    public static string Log10(double lr) =>
        lr > 0 && double.IsFinite(lr) ? Math.Log10(lr).ToString("0.00", CultureInfo.InvariantCulture) : lr == 0 ? "−∞" : "∞";
}
