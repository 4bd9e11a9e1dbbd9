using Homeward.Kinship;

namespace Homeward.Testing;

/// <summary>
/// Locates the repository's shipped data from a test output folder (the folder holding
/// Homeward.slnx). One file, linked into each test project that needs it.
/// </summary>
internal static class TestData
{
    private static readonly Lazy<string> Root = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Homeward.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
    });

    public static string RepositoryRoot => Root.Value;

    public static string FrequencyFile(string name) => Path.Combine(RepositoryRoot, "data", "frequencies", name);

    public static FrequencyTable Table(string name)
    {
        using var reader = File.OpenText(FrequencyFile(name));
        return FrequencyTableReader.ReadCsv(reader, name).Value;
    }
}
