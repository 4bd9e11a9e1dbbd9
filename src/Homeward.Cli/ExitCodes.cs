namespace Homeward.Cli;

/// <summary>The exit codes of <c>homeward</c>, the same for every command.</summary>
internal static class ExitCodes
{
    /// <summary>Done.</summary>
    public const int Success = 0;

    /// <summary>A bug or an environment failure: the message on stderr is for a developer.</summary>
    public const int Failure = 1;

    /// <summary>Invalid input or usage: every problem on stderr as <c>place: message</c>.</summary>
    public const int InvalidInput = 2;
}
