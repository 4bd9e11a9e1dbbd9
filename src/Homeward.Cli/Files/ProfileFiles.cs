using Homeward.Kinship;
using Homeward.Search;

namespace Homeward.Cli.Files;

/// <summary>Reads reference and query profile files (JSON Lines); errors name the file and line.</summary>
internal static class ProfileFiles
{
    public static Result<IReadOnlyList<ReferenceProfile>> References(string path) =>
        Read(path, reader => ProfileJsonLines.ReadReferences(reader, path));

    public static Result<IReadOnlyList<QueryProfile>> Queries(string path) =>
        Read(path, reader => ProfileJsonLines.ReadQueries(reader, path));

    private static Result<IReadOnlyList<T>> Read<T>(string path, Func<TextReader, Result<IReadOnlyList<T>>> read)
    {
        try
        {
            using var reader = File.OpenText(path);
            return read(reader);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Result<IReadOnlyList<T>>.Failure(path, "no such file");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Result<IReadOnlyList<T>>.Failure(path, $"cannot read the file: {e.Message}");
        }
    }
}
