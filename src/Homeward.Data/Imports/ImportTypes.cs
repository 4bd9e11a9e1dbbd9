using System.Text;
using Homeward.Kinship;

namespace Homeward.Data.Imports;

/// <summary>The file formats <c>homeward db import</c> reads.</summary>
public enum ImportFormat
{
    /// <summary>Profiles in the JSON Lines format of DESIGN.md §4.</summary>
    JsonLines,

    /// <summary>A lab genotype table (long or wide CSV).</summary>
    Csv,

    /// <summary>CODIS CMF XML.</summary>
    Cmf,
}

/// <summary>Format names and guesses from file names.</summary>
public static class ImportFormats
{
    /// <summary>Parses <c>jsonl</c>, <c>csv</c> or <c>cmf</c>.</summary>
    public static bool TryParse(string? name, out ImportFormat format)
    {
        switch (name?.Trim().ToUpperInvariant())
        {
            case "JSONL" or "JSON" or "JSONLINES":
                format = ImportFormat.JsonLines;
                return true;
            case "CSV" or "TSV":
                format = ImportFormat.Csv;
                return true;
            case "CMF" or "XML":
                format = ImportFormat.Cmf;
                return true;
            default:
                format = default;
                return false;
        }
    }

    /// <summary>The format a file name suggests (<c>.jsonl</c>, <c>.csv</c>/<c>.tsv</c>/<c>.txt</c>, <c>.xml</c>/<c>.cmf</c>), or null.</summary>
    public static ImportFormat? FromFileName(string path) => Path.GetExtension(path).ToUpperInvariant() switch
    {
        ".JSONL" or ".NDJSON" or ".JSON" => ImportFormat.JsonLines,
        ".CSV" or ".TSV" or ".TXT" => ImportFormat.Csv,
        ".XML" or ".CMF" => ImportFormat.Cmf,
        _ => null,
    };
}

/// <summary>One input of an import.</summary>
/// <param name="Name">How errors name it (the path as the user gave it).</param>
/// <param name="Format">Its format.</param>
/// <param name="Open">Opens it for reading (called once).</param>
/// <param name="ContentHash">SHA-256 of its bytes (hex), recorded in the audit entry of the import; optional.</param>
public sealed record ImportSource(string Name, ImportFormat Format, Func<TextReader> Open, string? ContentHash = null)
{
    /// <summary>
    /// An input read as bytes (a file): JSON Lines are split and parsed from UTF-8 without being
    /// decoded to text first; the other formats, and a file with a UTF-16 or UTF-32 byte-order mark,
    /// are read through a <see cref="StreamReader"/>.
    /// </summary>
    /// <param name="name">How errors name it.</param>
    /// <param name="format">Its format.</param>
    /// <param name="openBytes">Opens it for reading (called once).</param>
    /// <param name="contentHash">SHA-256 of its bytes (hex); optional.</param>
    public ImportSource(string name, ImportFormat format, Func<Stream> openBytes, string? contentHash = null)
        : this(name, format, () => new StreamReader(openBytes(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16), contentHash) =>
        OpenBytes = openBytes;

    /// <summary>Opens the input as bytes, when it was given as bytes.</summary>
    public Func<Stream>? OpenBytes { get; }
}

/// <summary>What an import did, or why it did nothing.</summary>
/// <param name="Created">Profiles new to the database.</param>
/// <param name="Updated">Profiles whose content changed.</param>
/// <param name="Unchanged">Profiles already there with the same content.</param>
/// <param name="Errors">Every bad record (<c>file:line: message</c>); when there is any, nothing was written.</param>
public sealed record ImportSummary(int Created, int Updated, int Unchanged, IReadOnlyList<InputError> Errors)
{
    /// <summary>Whether the import was committed.</summary>
    public bool Succeeded => Errors.Count == 0;
}
