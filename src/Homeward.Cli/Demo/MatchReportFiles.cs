using System.Globalization;
using Homeward.Cli.Commands;
using Homeward.Kinship;
using Homeward.Registry.Continuous;
using Homeward.Registry.Demo;
using Homeward.Registry.Matching;
using Homeward.Registry.Reporting;

namespace Homeward.Cli.Demo;

/// <summary>Writes the match reports of the demo (Markdown and HTML, each atomically) to the output folder.</summary>
internal static class MatchReportFiles
{
    public static Result<int> Write(CliContext context, DemoScenario scenario, IReadOnlyList<(PotentialMatch Potential, MatchCase Match)> matches, RegistryDemoOptions options)
    {
        if (matches.Count == 0)
        {
            context.Out.WriteLine("Match reports: none to write.");
            return 0;
        }

        var snapshot = scenario.Snapshot;
        var reports = snapshot.Reports.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var children = snapshot.FoundChildren.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var notice = string.Create(CultureInfo.InvariantCulture, $"Simulated data (homeward demo, seed {options.Seed}): not a real case. Every figure is computed; every person is invented.");
        try
        {
            Directory.CreateDirectory(options.Output);
            foreach (var (potential, match) in matches)
            {
                var searched = potential.Donors.ToHashSet(StringComparer.Ordinal);
                var donors = snapshot.Donors.Where(d => d.ReportId == match.Key.ReportId && d.SampleCode is { } code && searched.Contains(code)).ToArray();
                var report = MatchReportBuilder.Build(match, reports[match.Key.ReportId], children[match.Key.FoundChildId], donors, snapshot.Profiles, options.Audience, notice);
                AtomicFile.WriteAllText(Path.Combine(options.Output, $"{match.Id}.md"), MarkdownMatchReport.Render(report));
                AtomicFile.WriteAllText(Path.Combine(options.Output, $"{match.Id}.html"), HtmlMatchReport.Render(report));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Result<int>.Failure("--out", $"cannot write the match reports to '{options.Output}': {e.Message}");
        }

        context.Out.WriteLine($"Match reports for the {matches.Count} strongest matches (for: {AudiencePolicy.For(options.Audience).Title}): {Path.GetFullPath(options.Output)}/{matches[0].Match.Id}.md|.html … {matches[^1].Match.Id}.md|.html");
        return matches.Count;
    }
}
