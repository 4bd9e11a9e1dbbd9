namespace Homeward.Cli.Tests;

/// <summary>Locates the repository (the folder holding Homeward.slnx) from the test output folder.</summary>
internal static class Repository
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Homeward.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string Data => Path.Combine(Root, "data");

    public static string FrequencyFile(string name) => Path.Combine(Data, "frequencies", name);

    public static string CaseFile(string name) => Path.Combine(Data, "cases", name);
}
