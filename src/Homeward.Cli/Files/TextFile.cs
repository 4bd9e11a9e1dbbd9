using Homeward.Kinship;

namespace Homeward.Cli.Files;

/// <summary>Reads a whole text file named on the command line; a missing or unreadable file is an input error naming it.</summary>
internal static class TextFile
{
    /// <param name="path">The file as the user named it.</param>
    /// <param name="what">What the file is, for messages ("case file", "settings file").</param>
    public static Result<string> Read(string path, string what)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Result<string>.Failure(path, $"no such {what}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Result<string>.Failure(path, $"cannot read the {what}: {e.Message}");
        }
    }
}
