using System.CommandLine;
using Homeward.Cli.Files;
using Homeward.Cli.Output;
using Homeward.Data.Registry;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward matches rescore --settings SETTINGS.json</c>: every stored match that is not excluded
/// re-scored under new frequencies (the settings keys of a kinship case); states never change, a match
/// that fell below the threshold is flagged for review.
/// </summary>
internal static class MatchesRescoreCommand
{
    public static Command Create(CliContext context)
    {
        var options = new DatabaseOptions();
        var settingsFile = new Option<string>("--settings") { Description = "frequencies, theta and mutation (the keys of a kinship case).", Required = true };
        var command = new Command("rescore", "Re-score every match under new frequencies or models (states never change; audited).") { settingsFile };
        options.AddTo(command);
        command.SetAction(parsed =>
        {
            var notes = new List<string>();
            var kinship = SettingsFile.Load(parsed.GetValue(settingsFile)!, new FrequencyTableFiles(context.FrequenciesDirectory), notes);
            if (!kinship.IsSuccess)
            {
                ErrorWriter.Write(context.Error, kinship.Errors);
                return ExitCodes.InvalidInput;
            }

            foreach (var note in notes)
            {
                context.Error.WriteLine($"warning: {note}");
            }

            return RegistryStores.WithStore(context, options, parsed, store =>
            {
                var outcome = store.RescoreAsync(options.ActorOf(parsed)).GetAwaiter().GetResult();
                foreach (var warning in outcome.Warnings)
                {
                    context.Error.WriteLine($"warning: {warning}");
                }

                context.Out.WriteLine($"re-scored {outcome.Rescored} match(es); {outcome.Flagged.Count} fell below the threshold and are flagged for review{(outcome.Flagged.Count > 0 ? ": " + string.Join(", ", outcome.Flagged) : string.Empty)}");
                return ExitCodes.Success;
            }, new RegistryStoreOptions { Kinship = kinship.Value });
        });
        return command;
    }
}
