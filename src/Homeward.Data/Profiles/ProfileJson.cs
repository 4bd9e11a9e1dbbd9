using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Homeward.Kinship;

namespace Homeward.Data.Profiles;

/// <summary>
/// The canonical JSON of a profile: the DESIGN.md §4 line with keys in a fixed order
/// (<c>id, report, role, sex, loci</c>), markers in ordinal order and each genotype's smaller allele
/// first. It is what export writes, and its SHA-256 is a sample's content hash: the same profile
/// always gives the same bytes, so a re-import can tell "unchanged" from "changed" without reading
/// the stored loci back.
/// </summary>
internal static class ProfileJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = false, SkipValidation = true };

    [ThreadStatic]
    private static Writer? t_writer;

    public static string Loci(IEnumerable<KeyValuePair<string, Genotype>> loci) =>
        SortedLoci(loci is SortedDictionary<string, Genotype> sorted && ReferenceEquals(sorted.Comparer, StringComparer.Ordinal)
            ? loci
            : loci.OrderBy(l => l.Key, StringComparer.Ordinal));

    /// <summary><see cref="Loci"/> of markers already in ordinal order.</summary>
    public static string SortedLoci(IEnumerable<KeyValuePair<string, Genotype>> loci)
    {
        var (buffer, writer) = Rent();
        WriteLoci(writer, loci);
        writer.Flush();
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The line of a profile whose loci are already canonical JSON.</summary>
    public static string Line(string code, string? report, string? role, Sex sex, string lociJson) =>
        Encoding.UTF8.GetString(WriteLine(code, report, role, sex, lociJson).WrittenSpan);

    /// <summary>SHA-256 of <see cref="Line"/>, hashed from the UTF-8 bytes as written (no string in between).</summary>
    public static byte[] LineHash(string code, string? report, string? role, Sex sex, string lociJson) =>
        SHA256.HashData(WriteLine(code, report, role, sex, lociJson).WrittenSpan);

    private static ArrayBufferWriter<byte> WriteLine(string code, string? report, string? role, Sex sex, string lociJson)
    {
        var (buffer, writer) = Rent();
        {
            writer.WriteStartObject();
            writer.WriteString("id", code);
            if (report is not null)
            {
                writer.WriteString("report", report);
                writer.WriteString("role", role);
            }

            writer.WriteString("sex", SexCode(sex));
            writer.WritePropertyName("loci");
            writer.WriteRawValue(lociJson, skipInputValidation: true);
            writer.WriteEndObject();
            writer.Flush();
        }

        return buffer;
    }

    /// <summary>A buffer and writer of this thread, emptied.</summary>
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer) Rent()
    {
        var rented = t_writer ??= new Writer();
        rented.Buffer.ResetWrittenCount();
        rented.Json.Reset(rented.Buffer);
        return (rented.Buffer, rented.Json);
    }

    private sealed class Writer
    {
        public ArrayBufferWriter<byte> Buffer { get; } = new(1024);

        public Utf8JsonWriter Json { get; }

        public Writer() => Json = new Utf8JsonWriter(Buffer, Options);
    }

    public static string SexCode(Sex sex) => sex switch
    {
        Sex.Male => "M",
        Sex.Female => "F",
        _ => "U",
    };

    public static Sex ParseSexCode(string? code) => code switch
    {
        "M" => Sex.Male,
        "F" => Sex.Female,
        _ => Sex.Unknown,
    };

    private static void WriteLoci(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, Genotype>> loci)
    {
        writer.WriteStartObject();
        foreach (var (marker, genotype) in loci)
        {
            writer.WriteStartArray(marker);
            writer.WriteStringValue(genotype.First.Text);
            writer.WriteStringValue(genotype.Second.Text);
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
