using System.CommandLine;

namespace Homeward.Cli.Commands;

/// <summary><c>homeward kinship</c>: the group of kinship statistics commands.</summary>
internal static class KinshipCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("kinship", "Kinship statistics.");
        command.Subcommands.Add(KinshipLrCommand.Create(context));
        return command;
    }
}
