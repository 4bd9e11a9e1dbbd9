using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Homeward.Kinship;

namespace Homeward.Cli.Output;

/// <summary>
/// The stdout contract of <c>homeward kinship lr</c>: one JSON object on one line,
/// <c>{"lr": n, "log10Lr": n|null, "loci": {"MARKER": n, …}, "warnings": ["…"]}</c>, loci in the
/// order of <see cref="LikelihoodRatioResult.Loci"/>.
/// </summary>
internal static class LrJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        // stdout is not HTML: keep quotes, θ and other text readable instead of \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static void Write(TextWriter output, LikelihoodRatioResult result, IReadOnlyList<string> warnings)
    {
        output.WriteLine(Format(result, warnings));
    }

    public static string Format(LikelihoodRatioResult result, IReadOnlyList<string> warnings)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("lr");
            JsonNumbers.Write(writer, result.LikelihoodRatio, result.Log10LikelihoodRatio);
            if (result.Log10LikelihoodRatio is { } log10)
            {
                writer.WriteNumber("log10Lr", log10);
            }
            else
            {
                writer.WriteNull("log10Lr");
            }

            writer.WriteStartObject("loci");
            foreach (var locus in result.Loci)
            {
                writer.WritePropertyName(locus.Marker);
                JsonNumbers.Write(writer, locus.LikelihoodRatio, Log10(locus));
            }

            writer.WriteEndObject();
            writer.WriteStartArray("warnings");
            foreach (var warning in warnings)
            {
                writer.WriteStringValue(warning);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The warnings of a result, with a note when a number had to be written from its log10.</summary>
    public static IReadOnlyList<string> Warnings(LikelihoodRatioResult result, IEnumerable<string> notes)
    {
        var warnings = notes.Concat(result.Warnings).ToList();
        if (JsonNumbers.IsOutOfRange(result.LikelihoodRatio, result.Log10LikelihoodRatio)
            || result.Loci.Any(l => JsonNumbers.IsOutOfRange(l.LikelihoodRatio, Log10(l))))
        {
            warnings.Add("a likelihood ratio is beyond the range of a double; it is written from its log10 with about 15 significant digits");
        }

        return warnings;
    }

    private static double? Log10(MarkerLikelihoodRatio locus) =>
        locus.LikelihoodH1 > 0 ? Math.Log10(locus.LikelihoodH1) - Math.Log10(locus.LikelihoodH2) : null;
}
