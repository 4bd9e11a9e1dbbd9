using System.CommandLine;
using Homeward.Cli.Output;
using Homeward.Data.Registry;
using Homeward.Kinship;
using Homeward.Registry.Matching;
using Homeward.Registry.Places;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward matches act ID ACTION --reason TEXT --actor NAME [--version V]</c>: one lifecycle step,
/// recorded with who, when and why and audited. A step the lifecycle refuses, or one on a match that
/// changed since <c>--version</c>, changes nothing and exits 2 with the reason.
/// </summary>
internal static class MatchesActCommand
{
    public static Command Create(CliContext context)
    {
        var options = new DatabaseOptions();
        var id = new Argument<string>("id") { Description = "The match id (M-…)." };
        var action = new Argument<string>("action") { Description = $"The step: {Actions}." };
        var reason = new Option<string>("--reason") { Description = "Why (kept in the match's history; not in the audit log).", Required = true };
        var version = new Option<int?>("--version") { Description = "The version you saw (from 'matches list' or 'show'); refused if the match changed since." };
        var check = new Option<string?>("--check") { Description = "For record-check: caregiver-willing-and-able, child-wishes, stories-agree or family-not-seller." };
        var failed = new Option<bool>("--failed") { Description = "For record-check: the check failed (default: passed)." };
        var province = new Option<string?>("--province") { Description = "For reunite: the province of the reunion." };
        var locality = new Option<string?>("--locality") { Description = "For reunite: the town or address of the reunion." };
        var command = new Command("act", "Take a lifecycle step on a match (who, when and why recorded; audited).") { id, action, reason, version, check, failed, province, locality };
        options.AddTo(command);
        command.SetAction(parsed =>
        {
            var errors = new List<InputError>();
            var actionText = parsed.GetValue(action)!;
            if (!RegistryText.TryParse<MatchAction>(actionText, out var step) || step == MatchAction.Open)
            {
                errors.Add(new InputError("command line: ACTION", $"'{actionText}' is not a step; expected one of {Actions}"));
            }

            VerificationCheck? which = null;
            if (parsed.GetValue(check) is { } checkText)
            {
                if (RegistryText.TryParse<VerificationCheck>(checkText, out var c))
                {
                    which = c;
                }
                else
                {
                    errors.Add(new InputError("command line: --check", $"'{checkText}' is not a check; expected one of {RegistryText.Names<VerificationCheck>()}"));
                }
            }

            if (parsed.GetValue(options.Actor) is not { Length: > 0 })
            {
                errors.Add(new InputError("command line: --actor", "who acts is required for a lifecycle step"));
            }

            var place = Place.Create(parsed.GetValue(province), parsed.GetValue(locality), place: "command line: --province");
            errors.AddRange(place.Errors ?? []);
            if (errors.Count > 0)
            {
                ErrorWriter.Write(context.Error, errors);
                return ExitCodes.InvalidInput;
            }

            return RegistryStores.WithStore(context, options, parsed, store =>
            {
                var result = store.ApplyAsync(new MatchCommand(parsed.GetValue(id)!, step, options.ActorOf(parsed), parsed.GetValue(reason)!)
                {
                    ExpectedVersion = parsed.GetValue(version),
                    Check = which,
                    Passed = !parsed.GetValue(failed),
                    ReunionPlace = place.Value,
                }).GetAwaiter().GetResult();
                if (!result.IsApplied)
                {
                    ErrorWriter.Write(context.Error, result.Errors);
                    context.Error.WriteLine(result.Outcome switch
                    {
                        MatchActionOutcome.StaleVersion => "nothing was done: the match changed since the version given",
                        MatchActionOutcome.NotFound => "nothing was done: no such match",
                        _ => "nothing was done: the lifecycle refuses this step",
                    });
                    return ExitCodes.InvalidInput;
                }

                var last = result.Match!.History[^1];
                context.Out.WriteLine($"{result.Match.Id}: {RegistryText.Name(last.Action)} {RegistryText.Name(last.From)} → {RegistryText.Name(last.To)} (version {result.Version})");
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static string Actions => string.Join(", ", Enum.GetValues<MatchAction>().Where(a => a != MatchAction.Open).Select(RegistryText.Name));
}
