using Homeward.Kinship;

namespace Homeward.Cli.Files;

/// <summary>A case read from disk: the parsed case, the text it came from and notes for the user.</summary>
/// <param name="Source">The file as the user named it; errors and warnings use this name.</param>
/// <param name="Json">The file's text.</param>
/// <param name="Case">The parsed case.</param>
/// <param name="Notes">Warnings from loading (e.g. a shipped table was used).</param>
internal sealed record CaseFile(string Source, string Json, KinshipCase Case, IReadOnlyList<string> Notes)
{
    /// <summary>Reads and parses a case file; input problems are errors, never exceptions.</summary>
    public static Result<CaseFile> Load(string path, FrequencyTableFiles tables)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(tables);
        var read = TextFile.Read(path, "case file");
        if (!read.IsSuccess)
        {
            return Result<CaseFile>.Failure(read.Errors);
        }

        var json = read.Value;
        var notes = new List<string>();
        var parsed = KinshipCaseJson.Parse(json, path, written => tables.Load(path, written, notes));
        return parsed.IsSuccess
            ? new CaseFile(path, json, parsed.Value, notes)
            : Result<CaseFile>.Failure(parsed.Errors);
    }
}
