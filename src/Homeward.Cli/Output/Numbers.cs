using System.Globalization;

namespace Homeward.Cli.Output;

/// <summary>How numbers are shown to people (not in the JSON contract, which keeps full precision).</summary>
internal static class Numbers
{
    /// <summary>Six significant digits, scientific beyond 10^6 or below 10^-4.</summary>
    public static string Short(double value) =>
        value == 0 || (Math.Abs(value) >= 1e-4 && Math.Abs(value) < 1e6)
            ? value.ToString("G6", CultureInfo.InvariantCulture)
            : value.ToString("0.#####e+0", CultureInfo.InvariantCulture);

    /// <summary>With thousands separators, for thresholds such as 10,000.</summary>
    public static string Grouped(double value) => value.ToString("#,0.####", CultureInfo.InvariantCulture);

    /// <summary>Four decimals.</summary>
    public static string Fixed(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
