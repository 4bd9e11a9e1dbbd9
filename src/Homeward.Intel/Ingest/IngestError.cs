namespace Homeward.Intel.Ingest;

/// <summary>What is wrong with a captured file and where.</summary>
/// <param name="Line">The 1-based line of the file, or 0 when the problem is about the whole file.</param>
/// <param name="Message">What is wrong, in words a user can act on.</param>
public sealed record IngestError(int Line, string Message)
{
    /// <summary>The error placed in a file: <c>file:line: message</c> (or <c>file: message</c>).</summary>
    public string ToString(string file) => Line > 0 ? $"{file}:{Line}: {Message}" : $"{file}: {Message}";
}
