using System.CommandLine;
using Homeward.Cli.Demo;
using Homeward.Cli.Output;
using Homeward.Data;
using Homeward.Kinship;
using Homeward.Registry.Demo;
using Homeward.Registry.Reporting;
using Microsoft.Data.Sqlite;

namespace Homeward.Cli.Commands;

/// <summary>
/// <c>homeward demo</c>: a simulated national registry and the children of one operation, matched end
/// to end with a progress bar, a summary of the matches and their evidence, and match reports
/// (Markdown and HTML) for the strongest matches. The registry is stored (docs/cli.md): by default in
/// <c>./homeward-demo/registry.db</c>, built aside and moved over the previous demo database, so the
/// demo can run again; <c>homeward matches</c> reads it afterwards. <c>homeward demo cases</c> explains the shipped
/// kinship cases.
/// </summary>
internal static class DemoCommand
{
    public const int MaximumTop = 1000;

    /// <summary>The demo database's file name in the output folder.</summary>
    public const string DefaultFile = "registry.db";

    public static Command Create(CliContext context)
    {
        var reports = new Option<int>("--reports") { Description = "Missing-child reports in the simulated registry (default 3,000).", DefaultValueFactory = _ => 3000 };
        var seed = new Option<long>("--seed") { Description = "The seed of the simulation (default 1).", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { Description = "Folder for the match reports (default ./homeward-demo).", DefaultValueFactory = _ => "homeward-demo" };
        var top = new Option<int>("--top") { Description = "Match reports written for the K strongest matches (default 10).", DefaultValueFactory = _ => 10 };
        var audience = new Option<string>("--audience") { Description = $"Who the reports are for: {string.Join(", ", AudiencePolicy.AudienceNames)} (default analyst).", DefaultValueFactory = _ => "analyst" };
        var database = new DatabaseOptions();
        var command = new Command("demo", "Store a simulated registry and the children of a simulated operation in a database (default ./homeward-demo/registry.db, replaced), match them and write match reports.")
        {
            reports, seed, output, top, audience,
        };
        database.AddTo(command);
        command.Subcommands.Add(DemoCasesCommand.Create(context));
        command.SetAction(parsed =>
        {
            var options = Options(parsed.GetValue(reports), parsed.GetValue(seed), parsed.GetValue(output)!, parsed.GetValue(top), parsed.GetValue(audience)!, Target(database, output, parsed), database.ActorOf(parsed));
            if (!options.IsSuccess)
            {
                ErrorWriter.Write(context.Error, options.Errors);
                return ExitCodes.InvalidInput;
            }

            return RegistryDemo.Run(context, options.Value);
        });
        return command;
    }

    /// <summary>
    /// The database named by <c>--database</c>, <c>--connection</c> and <c>--provider</c>, or by default
    /// <c>registry.db</c> in the output folder; the environment (<c>HOMEWARD_DB_*</c>) is not consulted
    /// for the default, so the demo never writes into a database it was not pointed at.
    /// </summary>
    private static Result<(DatabaseSettings Settings, string Argument)> Target(DatabaseOptions database, Option<string> output, ParseResult parsed)
    {
        if (parsed.GetValue(database.Database) is null && parsed.GetValue(database.Connection) is null && parsed.GetValue(database.Provider) is null)
        {
            // A blank --out is reported by the option checks.
            var folder = parsed.GetValue(output);
            var file = string.IsNullOrWhiteSpace(folder) ? DefaultFile : Path.Combine(folder, DefaultFile);
            return (DatabaseSettings.Sqlite(file), $"--database {Quoted(file)}");
        }

        var resolved = database.Resolve(parsed);
        if (!resolved.IsSuccess)
        {
            return Result<(DatabaseSettings, string)>.Failure(resolved.Errors);
        }

        return resolved.Value.Provider == DatabaseProvider.Sqlite
            ? (resolved.Value, $"--database {Quoted(new SqliteConnectionStringBuilder(resolved.Value.ConnectionString).DataSource)}")
            : (resolved.Value, "--connection \"<the connection string given>\"");
    }

    private static string Quoted(string path) => path.Any(char.IsWhiteSpace) ? $"\"{path}\"" : path;

    private static Result<RegistryDemoOptions> Options(int reports, long seed, string output, int top, string audience, Result<(DatabaseSettings Settings, string Argument)> database, string actor)
    {
        var errors = new List<InputError>();
        if (!database.IsSuccess)
        {
            errors.AddRange(database.Errors);
        }

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

        return errors.Count > 0 ? Result<RegistryDemoOptions>.Failure(errors) : new RegistryDemoOptions(reports, seed, output, top, who, database.Value.Settings, database.Value.Argument, actor);
    }
}
