using Homeward.Kinship;

namespace Homeward.Cli.Files;

/// <summary>Reads a settings file (the population keys of a case); the table path is relative to it.</summary>
internal static class SettingsFile
{
    public static Result<KinshipSettings> Load(string path, FrequencyTableFiles tables, ICollection<string> notes)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(tables);
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Result<KinshipSettings>.Failure(path, "no such settings file");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Result<KinshipSettings>.Failure(path, $"cannot read the settings file: {e.Message}");
        }

        return KinshipCaseJson.ParseSettings(json, path, written => tables.Load(path, written, notes));
    }
}
