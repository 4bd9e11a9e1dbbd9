using Homeward.Kinship;

namespace Homeward.Cli.Files;

/// <summary>Reads a settings file (the population keys of a case); the table path is relative to it.</summary>
internal static class SettingsFile
{
    public static Result<KinshipSettings> Load(string path, FrequencyTableFiles tables, ICollection<string> notes)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(tables);
        var json = TextFile.Read(path, "settings file");
        if (!json.IsSuccess)
        {
            return Result<KinshipSettings>.Failure(json.Errors);
        }

        return KinshipCaseJson.ParseSettings(json.Value, path, written => tables.Load(path, written, notes));
    }
}
