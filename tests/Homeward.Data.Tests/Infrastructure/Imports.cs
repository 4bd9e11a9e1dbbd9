using Homeward.Data.Imports;

namespace Homeward.Data.Tests.Infrastructure;

/// <summary>Imports text as if it were a file.</summary>
internal static class Imports
{
    public static Task<ImportSummary> RunAsync(TestDatabase database, string content, ImportFormat format = ImportFormat.JsonLines, string name = "profiles.jsonl", int batchSize = 5000) =>
        new ProfileImporter(database.Settings, TimeProvider.System) { BatchSize = batchSize }
            .ImportAsync([new ImportSource(name, format, () => new StringReader(content))], "tester");

    public static async Task<string> ExportAsync(TestDatabase database)
    {
        await using var writer = new StringWriter();
        await new ProfileExporter(database.Settings, TimeProvider.System).ExportAsync(writer, "tester");
        return writer.ToString();
    }

    public const string Mother = """{"id": "S-1", "report": "R-1", "role": "mother", "sex": "F", "loci": {"D3S1358": ["16", "15"], "vWA": ["17", "17"]}}""";
    public const string Father = """{"id": "S-2", "report": "R-1", "role": "father", "loci": {"D3S1358": ["14", 15], "TH01": ["9.3", "6"]}}""";
    public const string Child = """{"id": "Q-1", "sex": "M", "loci": {"D3S1358": ["15", "14"], "vWA": ["17", "18"]}}""";

    public static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";
}
