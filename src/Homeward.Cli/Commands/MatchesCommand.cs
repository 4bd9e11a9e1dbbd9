using System.CommandLine;
namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward matches list|show|act|rescore|report</c>: the stored matches and their lifecycle (docs/registry.md,
/// docs/data.md). Every command takes the database options of <c>homeward db</c>; every read and step is audited.
/// </summary>
internal static class MatchesCommand
{
    public static Command Create(CliContext context)
    {
        var matches = new Command("matches", "The registry's matches: list them, show one with both sides, take a lifecycle step, re-score, export a report.");
        matches.Subcommands.Add(MatchesListCommand.Create(context));
        matches.Subcommands.Add(MatchesShowCommand.Create(context));
        matches.Subcommands.Add(MatchesActCommand.Create(context));
        matches.Subcommands.Add(MatchesRescoreCommand.Create(context));
        matches.Subcommands.Add(MatchesReportCommand.Create(context));
        return matches;
    }
}
