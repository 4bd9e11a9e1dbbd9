namespace Homeward.Cli.Commands;

/// <summary>The exit codes of every command.</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Success = 0;

    /// <summary>Input could not be read or written (a file system error).</summary>
    public const int Failure = 1;

    /// <summary>Bad options or invalid input, named on stderr.</summary>
    public const int BadInput = 2;
}
