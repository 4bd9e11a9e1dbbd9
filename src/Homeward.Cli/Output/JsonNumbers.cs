using System.Globalization;
using System.Text.Json;

namespace Homeward.Cli.Output;

/// <summary>
/// Writes doubles as JSON numbers that parse back to the identical double (Utf8JsonWriter writes
/// the shortest round-trippable form). A value beyond the range of a double is written from its
/// log10 in scientific notation (JSON numbers have no range limit).
/// </summary>
internal static class JsonNumbers
{
    /// <summary>Writes <paramref name="value"/>, or the number 10^<paramref name="log10"/> when the double over- or underflowed.</summary>
    public static void Write(Utf8JsonWriter writer, double value, double? log10)
    {
        if (IsOutOfRange(value, log10))
        {
            writer.WriteRawValue(FromLog10(log10!.Value));
        }
        else
        {
            writer.WriteNumberValue(value);
        }
    }

    /// <summary>Whether <see cref="Write"/> would fall back to the log10 form.</summary>
    public static bool IsOutOfRange(double value, double? log10) =>
        log10 is { } l && double.IsFinite(l) && (!double.IsFinite(value) || value == 0);

    /// <summary>10^x as <c>m.mmmE±e</c> with about 15 significant digits.</summary>
    public static string FromLog10(double x)
    {
        var exponent = Math.Floor(x);
        var mantissa = Math.Round(Math.Pow(10, x - exponent), 14);
        if (mantissa >= 10)
        {
            mantissa /= 10;
            exponent++;
        }

        return string.Create(CultureInfo.InvariantCulture, $"{mantissa:R}E{exponent:+0;-0}");
    }
}
