using System.CommandLine;
using System.Text;
using Homeward.Cli.Output;
using Homeward.Data.Intel;
using Homeward.Kinship;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward intel load FILE… [--database …]</c>: analyses posts (JSON Lines, with the optional
/// <c>"evidence"</c> of <c>intel ingest</c>) into the database for the web pages under /intel; all or nothing.
/// </summary>
internal static class IntelLoadCommand
{
    public static Command Create(CliContext context)
    {
        var options = new DatabaseOptions();
        var files = new Argument<string[]>("files") { Description = "Posts in JSON Lines (intel scan's input, or intel ingest's output).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("load", "Analyse posts into the database (web triage, rings, labels); all or nothing, a post id again replaces it.");
        command.Arguments.Add(files);
        options.AddTo(command);
        command.SetAction(parsed =>
        {
            var paths = parsed.GetValue(files) ?? [];
            var missing = paths.Where(p => !File.Exists(p)).Select(p => new InputError(p, "no such file")).ToList();
            if (missing.Count > 0)
            {
                ErrorWriter.Write(context.Error, missing);
                return ExitCodes.InvalidInput;
            }

            var sources = paths.Select(p => new PostSource(p, () => new StreamReader(p, Encoding.UTF8, detectEncodingFromByteOrderMarks: true))).ToList();
            return DbCommand.WithDatabase(context, options, parsed, requireSchema: true, settings =>
            {
                var summary = new PostStore(settings, TimeProvider.System).LoadAsync(sources, options.ActorOf(parsed)).GetAwaiter().GetResult();
                if (!summary.Succeeded)
                {
                    ErrorWriter.Write(context.Error, summary.Errors);
                    context.Error.WriteLine($"nothing was loaded: {summary.Errors.Count} problem(s)");
                    return ExitCodes.InvalidInput;
                }

                context.Out.WriteLine($"loaded {summary.Added + summary.Replaced} posts: {summary.Added} added, {summary.Replaced} replaced; {summary.Flagged} flagged and {summary.Rings} rings in the database");
                return ExitCodes.Success;
            });
        });
        return command;
    }
}
