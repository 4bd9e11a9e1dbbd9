using System.CommandLine;
using System.Globalization;
using Homeward.Cli.Output;
using Homeward.Data.Registry;
using Homeward.Kinship;
using Homeward.Registry.Cases;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward matches show ID</c>: one match with both sides — the report and its relatives, the found
/// child, the score (DNA LR per marker, descriptive factors, prior, posterior), the history with who,
/// when and why, follow-ups and the reunion. No genotypes. The read is audited.
/// </summary>
internal static class MatchesShowCommand
{
    public static Command Create(CliContext context)
    {
        var options = new DatabaseOptions();
        var id = new Argument<string>("id") { Description = "The match id (M-…)." };
        var command = new Command("show", "Show a match with both sides, its evidence and its history (the read is audited).") { id };
        options.AddTo(command);
        command.SetAction(parsed => RegistryStores.WithStore(context, options, parsed, store =>
        {
            var matchId = parsed.GetValue(id)!;
            var detail = store.GetMatchAsync(matchId, options.ActorOf(parsed)).GetAwaiter().GetResult();
            if (detail is null)
            {
                ErrorWriter.Write(context.Error, [new InputError($"match {matchId}", "no such match")]);
                return ExitCodes.InvalidInput;
            }

            Write(context.Out, detail);
            foreach (var warning in detail.Warnings)
            {
                context.Error.WriteLine($"warning: {warning}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static void Write(TextWriter o, MatchDetail detail)
    {
        var match = detail.Match;
        o.WriteLine($"Match {match.Id}: report {match.Key.ReportId} × found child {match.Key.FoundChildId}");
        o.WriteLine($"  state {RegistryText.Name(match.State)}, version {detail.Version}{(detail.FlaggedForReview ? "; flagged for review: re-scored below the threshold" : string.Empty)}");
        if (match.ExclusionReason is { } reason)
        {
            o.WriteLine($"  excluded: {reason}");
        }

        if (detail.Report is { } report)
        {
            o.WriteLine($"Report {report.Id}: {report.Name}{Aliases(report)}, {report.Sex}, born {Day(report.DateOfBirth)}, last seen {Day(report.LastSeenOn)} in {report.LastSeenPlace}; police case {report.PoliceCaseNumber ?? "-"}{(report.IsClosed ? "; closed" : string.Empty)}");
        }

        foreach (var donor in detail.Donors)
        {
            o.WriteLine($"  relative {donor.Id}: {donor.Role.Name()}, sample {donor.SampleCode ?? "-"}, consent {Scopes(donor.Consent.Scopes)}");
        }

        if (detail.FoundChild is { } child)
        {
            o.WriteLine($"Found child {child.Id}: {child.Sex}, found {Day(child.FoundOn)} in {child.FoundPlace}, estimated age {Numbers.Short(child.EstimatedAge.MinYears)}–{Numbers.Short(child.EstimatedAge.MaxYears)} y, operation {child.OperationId ?? "-"}, {child.Institution ?? "no institution"}");
        }

        if (match.Score is { } score)
        {
            o.WriteLine($"Evidence (frequencies {Path.GetFileName(score.FrequencyTable)}, scored {score.ScoredAt.UtcDateTime:yyyy-MM-dd HH:mm}Z):");
            o.WriteLine($"  DNA LR {Numbers.Short(score.DnaLikelihoodRatio)} (log10 {MatchesListCommand.Log10(score.DnaLikelihoodRatio)}); descriptive LR {Numbers.Short(score.DescriptiveLikelihoodRatio)}; prior odds {Numbers.Short(score.PriorOdds)}; posterior {Numbers.Short(score.PosteriorProbability)}");
            var markers = new TextTable("marker", "LR");
            foreach (var marker in score.Markers)
            {
                markers.Add(marker.Marker, Numbers.Short(marker.LikelihoodRatio));
            }

            markers.Write(o, "  ", 1);
            foreach (var factor in score.Factors)
            {
                o.WriteLine($"  {factor.Kind}: LR {Numbers.Short(factor.LikelihoodRatio)} — {factor.Explanation}");
            }
        }

        o.WriteLine("History:");
        foreach (var step in match.History)
        {
            var check = step.Check is { } c ? $" {RegistryText.Name(c)}={(step.Passed == true ? "passed" : "failed")}" : string.Empty;
            o.WriteLine($"  {step.At.UtcDateTime:yyyy-MM-dd HH:mm}Z {RegistryText.Name(step.Action)}{check}: {RegistryText.Name(step.From)} → {RegistryText.Name(step.To)} by {step.Actor}: {step.Reason}");
        }

        if (detail.Reunion is { } reunion)
        {
            o.WriteLine($"Reunited {Day(reunion.ReunitedOn)} in {reunion.Place}, recorded by {reunion.RecordedBy}");
        }

        for (var i = 0; i < match.FollowUps.Length; i++)
        {
            var visit = match.FollowUps[i];
            o.WriteLine(visit.IsDone
                ? $"  follow-up {i}: due {Day(visit.DueOn)}, visited {Day(visit.VisitedOn)} by {visit.Caseworker}{(visit.RaisesConcern ? " — CONCERN" : string.Empty)}"
                : $"  follow-up {i}: due {Day(visit.DueOn)}");
        }
    }

    private static string Aliases(MissingChildReport report) => report.Aliases.IsEmpty ? string.Empty : $" (also {string.Join(", ", report.Aliases)})";

    private static string Scopes(ConsentScopes scopes) => scopes == ConsentScopes.None ? "none" : RegistryText.Scopes(scopes);

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?";
}
