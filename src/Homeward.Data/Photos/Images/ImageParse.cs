namespace Homeward.Data.Photos.Images;

/// <summary>What a format's parser found: the cleaned bytes and the size, or why the file is refused.</summary>
internal readonly record struct ImageParse(byte[]? Bytes, int Width, int Height, List<string> Removed, string? Error)
{
    public static ImageParse Fail(string error) => new(null, 0, 0, [], error);
}
