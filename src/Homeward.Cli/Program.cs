using System.CommandLine;
using Homeward.Cli.Commands;
using Homeward.Cli.Output;

namespace Homeward.Cli;

/// <summary>Composes the commands; the only place that touches the process's console.</summary>
internal static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the command line with the given streams and returns the exit code.</summary>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, new CliContext(stdout, stderr, CliContext.ShippedDataDirectory));

    /// <summary>Runs the command line in a given context (tests point it at other data).</summary>
    internal static int Run(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            var root = new RootCommand("Homeward: kinship statistics for reuniting missing children with their families.");
            root.Subcommands.Add(KinshipCommand.Create(context));
            root.Subcommands.Add(DemoCommand.Create(context));
            root.Subcommands.Add(SearchCommand.Create(context));
            root.Subcommands.Add(BenchCommand.Create(context));
            root.Subcommands.Add(SimulateCommand.Create(context.Out, context.Error));
            root.Subcommands.Add(EvaluateCommand.Create(context.Out, context.Error));
            root.Subcommands.Add(IntelCommand.Create(context));
            root.Subcommands.Add(DbCommand.Create(context));
            root.Subcommands.Add(MatchesCommand.Create(context));
            root.Subcommands.Add(ServeCommand.Create(context));
            root.Subcommands.Add(UsersCommand.Create(context));
            root.Subcommands.Add(ApiKeysCommand.Create(context));

            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                ErrorWriter.WriteUsage(context.Error, parsed.Errors.Select(e => e.Message));
                return ExitCodes.InvalidInput;
            }

            return parsed.Invoke(new InvocationConfiguration
            {
                Output = context.Out,
                Error = context.Error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception e)
        {
            // Anything not turned into an input error is a bug: say so, with what a developer needs.
            context.Error.WriteLine($"homeward: internal error (please report it): {e}");
            return ExitCodes.Failure;
        }
    }
}
