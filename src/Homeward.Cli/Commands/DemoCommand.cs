using System.CommandLine;
using Homeward.Cli.Demo;
using Homeward.Cli.Output;
using Homeward.Kinship;
using Homeward.Registry.Demo;
using Homeward.Registry.Reporting;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward demo</c>: a simulated national registry and the children of one operation, matched end
/// to end with a progress bar, a summary of the matches and their evidence, and match reports
/// (Markdown and HTML) for the strongest matches. <c>homeward demo cases</c> explains the shipped
/// kinship cases.
/// </summary>
internal static class DemoCommand
{
    public const int MaximumTop = 1000;

    public static Command Create(CliContext context)
    {
        var reports = new Option<int>("--reports") { Description = "Missing-child reports in the simulated registry (default 3,000).", DefaultValueFactory = _ => 3000 };
        var seed = new Option<long>("--seed") { Description = "The seed of the simulation (default 1).", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { Description = "Folder for the match reports (default ./homeward-demo).", DefaultValueFactory = _ => "homeward-demo" };
        var top = new Option<int>("--top") { Description = "Match reports written for the K strongest matches (default 10).", DefaultValueFactory = _ => 10 };
        var audience = new Option<string>("--audience") { Description = $"Who the reports are for: {string.Join(", ", AudiencePolicy.AudienceNames)} (default analyst).", DefaultValueFactory = _ => "analyst" };
        var command = new Command("demo", "Match the children of a simulated operation against a simulated registry and write match reports.")
        {
            reports, seed, output, top, audience,
        };
        command.Subcommands.Add(DemoCasesCommand.Create(context));
        command.SetAction(parsed =>
        {
            var options = Options(parsed.GetValue(reports), parsed.GetValue(seed), parsed.GetValue(output)!, parsed.GetValue(top), parsed.GetValue(audience)!);
            if (!options.IsSuccess)
            {
                ErrorWriter.Write(context.Error, options.Errors);
                return ExitCodes.InvalidInput;
            }

            return RegistryDemo.Run(context, options.Value);
        });
        return command;
    }

    private static Result<RegistryDemoOptions> Options(int reports, long seed, string output, int top, string audience)
    {
        var errors = new List<InputError>();
        if (reports is < DemoScenarioOptions.MinimumReports or > DemoScenarioOptions.MaximumReports)
        {
            errors.Add(new InputError("--reports", $"{reports} must be from {DemoScenarioOptions.MinimumReports} to {DemoScenarioOptions.MaximumReports}"));
        }

        if (top is < 0 or > MaximumTop)
        {
            errors.Add(new InputError("--top", $"{top} must be from 0 to {MaximumTop}"));
        }

        if (string.IsNullOrWhiteSpace(output))
        {
            errors.Add(new InputError("--out", "must name a folder"));
        }

        if (!AudiencePolicy.TryParse(audience, out var who))
        {
            errors.Add(new InputError("--audience", $"'{audience}' is not an audience; use one of {string.Join(", ", AudiencePolicy.AudienceNames)}"));
        }

        return errors.Count > 0 ? Result<RegistryDemoOptions>.Failure(errors) : new RegistryDemoOptions(reports, seed, output, top, who);
    }
}
