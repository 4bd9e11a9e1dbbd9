using Homeward.Data.Registry;
using Homeward.Kinship;
using Homeward.Registry.Reporting;

namespace Homeward.Cli.Commands;

/// <summary>
/// The match report of a stored match: read with <see cref="RegistryStore.GetMatchEvidenceAsync"/>
/// (audited) and built with <see cref="MatchReportBuilder"/>. Used by <c>homeward matches report</c> and
/// by <c>homeward demo</c>, so both write the same reports.
/// </summary>
internal static class StoredMatchReport
{
    public static Result<MatchReport> Build(RegistryStore store, string matchId, ReportAudience audience, string actor, string? notice)
    {
        var evidence = store.GetMatchEvidenceAsync(matchId, actor).GetAwaiter().GetResult();
        if (evidence is null)
        {
            return Result<MatchReport>.Failure($"match {matchId}", "no such match");
        }

        var detail = evidence.Detail;
        if (detail.Report is null || detail.FoundChild is null)
        {
            return Result<MatchReport>.Failure($"match {matchId}", $"a side of the match cannot be loaded: {string.Join("; ", detail.Warnings)}");
        }

        if (detail.Match.Score is null)
        {
            return Result<MatchReport>.Failure($"match {matchId}", "the match has no score to report");
        }

        return MatchReportBuilder.Build(detail.Match, detail.Report, detail.FoundChild, detail.Donors, evidence.Profiles, audience, notice);
    }

    /// <summary>The rendering of <paramref name="report"/> in <paramref name="format"/> (md or html).</summary>
    public static string Render(MatchReport report, string format) =>
        string.Equals(format, "html", StringComparison.Ordinal) ? HtmlMatchReport.Render(report) : MarkdownMatchReport.Render(report);
}
