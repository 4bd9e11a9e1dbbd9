using System.Globalization;
using Homeward.Cli.Commands;
using Homeward.Data.Registry;
using Homeward.Kinship;
using Homeward.Registry.Reporting;

namespace Homeward.Cli.Demo;

/// <summary>
/// Writes the match reports of the demo's strongest stored matches (Markdown and HTML, each
/// atomically) to the output folder, through the same path as <c>homeward matches report</c>.
/// </summary>
internal static class MatchReportFiles
{
    public static Result<int> Write(CliContext context, RegistryStore store, IReadOnlyList<string> matchIds, RegistryDemoOptions options)
    {
        if (matchIds.Count == 0)
        {
            context.Out.WriteLine("Match reports: none to write.");
            return 0;
        }

        var notice = string.Create(CultureInfo.InvariantCulture, $"Simulated data (homeward demo, seed {options.Seed}): not a real case. Every figure is computed; every person is invented.");
        try
        {
            Directory.CreateDirectory(options.Output);
            foreach (var id in matchIds)
            {
                var report = StoredMatchReport.Build(store, id, options.Audience, options.Actor, notice);
                if (!report.IsSuccess)
                {
                    return Result<int>.Failure(report.Errors);
                }

                AtomicFile.WriteAllText(Path.Combine(options.Output, $"{id}.md"), MarkdownMatchReport.Render(report.Value));
                AtomicFile.WriteAllText(Path.Combine(options.Output, $"{id}.html"), HtmlMatchReport.Render(report.Value));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Result<int>.Failure("--out", $"cannot write the match reports to '{options.Output}': {e.Message}");
        }

        context.Out.WriteLine($"Match reports for the {matchIds.Count} strongest matches (for: {AudiencePolicy.For(options.Audience).Title}): {Path.GetFullPath(options.Output)}/{matchIds[0]}.md|.html … {matchIds[^1]}.md|.html");
        return matchIds.Count;
    }
}
