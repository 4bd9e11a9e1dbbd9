using System.CommandLine;
using System.Text;
using Homeward.Data.Intel;
using Homeward.Intel.Evaluation;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward intel labels [--database …] [--out FILE]</c>: the analysts' labels made in the web
/// application, as labelled posts in the corpus format, for <c>intel train|compare --labels</c>.
/// </summary>
internal static class IntelLabelsCommand
{
    public static Command Create(CliContext context)
    {
        var options = new DatabaseOptions();
        var outOption = new Option<string?>("--out") { Description = "Where to write the labelled posts (JSON Lines, written atomically); stdout without it." };
        var command = new Command("labels", "Export the analysts' labels (offer, not-offer; unsure left out) as labelled posts for intel train and intel compare.");
        command.Options.Add(outOption);
        options.AddTo(command);
        command.SetAction(parsed => DbCommand.WithDatabase(context, options, parsed, requireSchema: true, settings =>
        {
            var labelled = new PostStore(settings, TimeProvider.System).LabelledPostsAsync(options.ActorOf(parsed)).GetAwaiter().GetResult();
            var text = new StringBuilder();
            foreach (var post in labelled)
            {
                text.Append(CorpusWriter.Format(post)).Append('\n');
            }

            if (parsed.GetValue(outOption) is { } path)
            {
                try
                {
                    AtomicFile.WriteAllText(path, text.ToString());
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    context.Error.WriteLine($"{path}: cannot write the labels: {e.Message}");
                    return ExitCodes.InvalidInput;
                }

                context.Error.WriteLine($"{labelled.Count} labelled posts ({labelled.Count(p => p.ShouldFlag)} offers) written to {path}");
            }
            else
            {
                context.Out.Write(text.ToString());
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
