using Homeward.Kinship;

namespace Homeward.Registry.Tests;

/// <summary>Locates the repository's shipped data from the test output folder.</summary>
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

    public static FrequencyTable Table(string name)
    {
        using var reader = File.OpenText(Path.Combine(Root.Value, "data", "frequencies", name));
        return FrequencyTableReader.ReadCsv(reader, name).Value;
    }
}
