using System.CommandLine;
using Homeward.Cli.Output;
using Homeward.Kinship;
using Homeward.Registry.Reporting;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward matches report ID --format md|html [--audience A] [--out FILE]</c>: the match report of a
/// stored match (both sides, the per-marker table, the evidence, the posterior, the pedigree) for one
/// audience, written atomically to a file or to stdout. The read is audited.
/// </summary>
internal static class MatchesReportCommand
{
    private static readonly string[] Formats = ["md", "html"];

    public static Command Create(CliContext context)
    {
        var options = new DatabaseOptions();
        var id = new Argument<string>("id") { Description = "The match id (M-…)." };
        var format = new Option<string>("--format") { Description = "md or html (default md).", DefaultValueFactory = _ => "md" };
        var audience = new Option<string>("--audience") { Description = $"Who the report is for: {string.Join(", ", AudiencePolicy.AudienceNames)} (default analyst).", DefaultValueFactory = _ => "analyst" };
        var output = new Option<string?>("--out") { Description = "The file to write (replaced atomically; default stdout)." };
        var command = new Command("report", "Export a match's report (Markdown or HTML) with the per-marker table and the pedigree (the read is audited).") { id, format, audience, output };
        options.AddTo(command);
        command.SetAction(parsed =>
        {
            var errors = new List<InputError>();
            var formatText = parsed.GetValue(format)!.Trim().ToLowerInvariant();
            if (!Formats.Contains(formatText))
            {
                errors.Add(new InputError("command line: --format", $"'{formatText}' is not a format; expected md or html"));
            }

            if (!AudiencePolicy.TryParse(parsed.GetValue(audience), out var who))
            {
                errors.Add(new InputError("command line: --audience", $"'{parsed.GetValue(audience)}' is not an audience; use one of {string.Join(", ", AudiencePolicy.AudienceNames)}"));
            }

            if (errors.Count > 0)
            {
                ErrorWriter.Write(context.Error, errors);
                return ExitCodes.InvalidInput;
            }

            return RegistryStores.WithStore(context, options, parsed, store =>
            {
                var report = StoredMatchReport.Build(store, parsed.GetValue(id)!, who, options.ActorOf(parsed), null);
                if (!report.IsSuccess)
                {
                    ErrorWriter.Write(context.Error, report.Errors);
                    return ExitCodes.InvalidInput;
                }

                var text = StoredMatchReport.Render(report.Value, formatText);
                if (parsed.GetValue(output) is not { Length: > 0 } path)
                {
                    context.Out.Write(text);
                    return ExitCodes.Success;
                }

                try
                {
                    AtomicFile.WriteAllText(path, text);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    ErrorWriter.Write(context.Error, [new InputError($"command line: --out {path}", $"cannot write the report: {e.Message}")]);
                    return ExitCodes.InvalidInput;
                }

                context.Out.WriteLine($"wrote {path}");
                return ExitCodes.Success;
            });
        });
        return command;
    }
}
