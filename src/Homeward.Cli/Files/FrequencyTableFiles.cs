using Homeward.Kinship;

namespace Homeward.Cli.Files;

/// <summary>
/// Finds and reads the frequency table a case names. A path is relative to the case file's folder
/// and that always wins; only when it does not exist and is a bare file name
/// (<c>"norway-35.csv"</c>) is the table of that name shipped in <c>data/frequencies</c> next to the
/// executable used, and the caller is told so. Tables are read once per run.
/// </summary>
internal sealed class FrequencyTableFiles(string shippedDirectory)
{
    private readonly Dictionary<string, Result<FrequencyTable>> _cache = new(StringComparer.Ordinal);

    /// <param name="caseSource">The case file as the user named it (for error places).</param>
    /// <param name="written">The <c>frequencies</c> value as written in the case.</param>
    /// <param name="notes">Receives a warning when the shipped table is used.</param>
    public Result<FrequencyTable> Load(string caseSource, string written, ICollection<string> notes)
    {
        var place = $"{caseSource}: frequencies";
        if (written.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            return Result<FrequencyTable>.Failure(place, $"'{written}' is not a valid path");
        }

        var relative = Path.Join(Path.GetDirectoryName(caseSource), written);
        if (File.Exists(relative))
        {
            return Read(relative);
        }

        var isBareName = !Path.IsPathRooted(written) && written.IndexOfAny(['/', '\\']) < 0;
        var shipped = Path.Combine(shippedDirectory, written);
        if (isBareName && File.Exists(shipped))
        {
            notes.Add($"frequency table '{written}' is not next to the case file ({relative}); used the table shipped with homeward: {shipped}");
            return Read(shipped);
        }

        var looked = isBareName ? $"{relative}, nor among the shipped tables in {shippedDirectory}" : relative;
        return Result<FrequencyTable>.Failure(place, $"frequency table '{written}' not found: no file {looked} (a path is relative to the case file's folder)");
    }

    private Result<FrequencyTable> Read(string path)
    {
        var key = Path.GetFullPath(path);
        if (!_cache.TryGetValue(key, out var table))
        {
            table = ReadFile(path);
            _cache.Add(key, table);
        }

        return table;
    }

    private static Result<FrequencyTable> ReadFile(string path)
    {
        try
        {
            using var reader = File.OpenText(path);
            return FrequencyTableReader.ReadCsv(reader, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Result<FrequencyTable>.Failure(path, $"cannot read the frequency table: {e.Message}");
        }
    }
}
