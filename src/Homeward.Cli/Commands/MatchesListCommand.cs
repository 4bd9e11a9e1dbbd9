using System.CommandLine;
using System.Globalization;
using Homeward.Cli.Output;
using Homeward.Data.Registry;
using Homeward.Kinship;
using Homeward.Registry.Matching;

namespace Homeward.Cli.Commands;

/// <summary><c>homeward matches list [--state S] [--top N] [--skip N]</c>: matches by posterior, highest first, as a table of codes and numbers.</summary>
internal static class MatchesListCommand
{
    public static Command Create(CliContext context)
    {
        var options = new DatabaseOptions();
        var state = new Option<string?>("--state") { Description = $"Only matches in this state ({RegistryText.Names<MatchState>()})." };
        var top = new Option<int>("--top") { Description = "At most this many (1–1000, default 50).", DefaultValueFactory = _ => 50 };
        var skip = new Option<int>("--skip") { Description = "Skip this many first (paging).", DefaultValueFactory = _ => 0 };
        var command = new Command("list", "List matches, highest posterior first (the read is audited).") { state, top, skip };
        options.AddTo(command);
        command.SetAction(parsed =>
        {
            var errors = new List<InputError>();
            MatchState? filter = null;
            if (parsed.GetValue(state) is { } text)
            {
                if (RegistryText.TryParse<MatchState>(text, out var s))
                {
                    filter = s;
                }
                else
                {
                    errors.Add(new InputError("command line: --state", $"'{text}' is not a state; expected one of {RegistryText.Names<MatchState>()}"));
                }
            }

            var take = parsed.GetValue(top);
            if (take is < 1 or > 1000)
            {
                errors.Add(new InputError("command line: --top", "must be 1–1000"));
            }

            if (parsed.GetValue(skip) < 0)
            {
                errors.Add(new InputError("command line: --skip", "must be ≥ 0"));
            }

            if (errors.Count > 0)
            {
                ErrorWriter.Write(context.Error, errors);
                return ExitCodes.InvalidInput;
            }

            return RegistryStores.WithStore(context, options, parsed, store =>
            {
                var page = store.ListMatchesAsync(new MatchQuery { State = filter, Take = take, Skip = parsed.GetValue(skip) }, options.ActorOf(parsed)).GetAwaiter().GetResult();
                var table = new TextTable("match", "report", "found child", "state", "log10 LR", "posterior", "version", "flag");
                foreach (var m in page.Items)
                {
                    table.Add(m.Id, m.ReportId, m.FoundChildId, RegistryText.Name(m.State), Log10(m.DnaLikelihoodRatio), Numbers.Short(m.PosteriorProbability), m.Version.ToString(CultureInfo.InvariantCulture), m.FlaggedForReview ? "review" : string.Empty);
                }

                table.Write(context.Out, string.Empty, 4, 5, 6);
                context.Out.WriteLine($"{page.Items.Count} of {page.Total} match(es){(filter is { } f ? $" in state {RegistryText.Name(f)}" : string.Empty)}");
                return ExitCodes.Success;
            });
        });
        return command;
    }

    internal static string Log10(double lr) => lr > 0 ? Math.Log10(lr).ToString("0.00", CultureInfo.InvariantCulture) : "-inf";
}
