using System.CommandLine;
using System.Globalization;
using Homeward.Cli.Output;
using Homeward.Kinship;
using Homeward.Registry.Retention;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward db retention [--dry-run] [--on DAY]</c>: the retention job (docs/registry.md) — what is
/// deleted and why, each deletion audited; a dry run deletes nothing.
/// </summary>
internal static class DbRetentionCommand
{
    public static Command Create(CliContext context)
    {
        var options = new DatabaseOptions();
        var dryRun = new Option<bool>("--dry-run") { Description = "Say what would be deleted, delete nothing." };
        var on = new Option<string?>("--on") { Description = "Judge as on this day (yyyy-MM-dd; default today, UTC)." };
        var command = new Command("retention", "Apply the retention rules: delete what must go (audited), or show it with --dry-run.") { dryRun, on };
        options.AddTo(command);
        command.SetAction(parsed =>
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            if (parsed.GetValue(on) is { } text && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today))
            {
                ErrorWriter.Write(context.Error, [new InputError("command line: --on", $"'{text}' is not a day (yyyy-MM-dd)")]);
                return ExitCodes.InvalidInput;
            }

            return DbCommand.WithDatabase(context, options, parsed, requireSchema: true, settings =>
            {
                if (RegistryStores.Open(context, settings) is not { } store)
                {
                    return ExitCodes.InvalidInput;
                }

                var dry = parsed.GetValue(dryRun);
                var outcome = store.ApplyRetentionAsync(today, dry, options.ActorOf(parsed)).GetAwaiter().GetResult();
                var table = new TextTable("case", "subject", "id", "decision", "rule", "why");
                foreach (var d in outcome.Decisions)
                {
                    table.Add(d.ReportId, Subject(d.Subject), d.Id, d.Delete ? (dry ? "would delete" : "deleted") : "keep", d.Rule.ToString(), d.Explanation);
                }

                table.Write(context.Out);
                foreach (var warning in outcome.Warnings)
                {
                    context.Error.WriteLine($"warning: {warning}");
                }

                var deletions = outcome.Decisions.Count(d => d.Delete);
                context.Out.WriteLine(dry
                    ? $"dry run on {today:yyyy-MM-dd}: {deletions} deletion(s) due, nothing deleted"
                    : $"retention on {today:yyyy-MM-dd}: {outcome.Deleted} deletion(s) carried out and audited");
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static string Subject(RetentionSubject subject) => subject switch
    {
        RetentionSubject.RelativeProfile => "relative profile",
        RetentionSubject.ChildProfile => "child profile",
        _ => "case record",
    };
}
