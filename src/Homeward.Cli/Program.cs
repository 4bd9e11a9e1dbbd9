using System.CommandLine;
using Homeward.Cli.Commands;

namespace Homeward.Cli;

/// <summary>
/// The <c>homeward</c> entry point. Bad usage (unknown option, missing or unparsable value) is
/// reported on stderr, naming the option, with exit code 2.
/// </summary>
internal static class Program
{
    private static int Main(string[] args) => Invoke(args, Console.Out, Console.Error);

    internal static int Invoke(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Homeward: kinship matching of found children against relatives of missing children.")
        {
            SimulateCommand.Create(stdout, stderr),
            EvaluateCommand.Create(stdout, stderr),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine(error.Message);
            }

            stderr.WriteLine("Run 'homeward --help' for usage.");
            return ExitCodes.BadInput;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
