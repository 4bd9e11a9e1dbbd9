using Homeward.Kinship;

namespace Homeward.Cli.Output;

/// <summary>Writes problems to stderr, one <c>place: message</c> line each.</summary>
internal static class ErrorWriter
{
    public static void Write(TextWriter error, IEnumerable<InputError> errors)
    {
        foreach (var e in errors)
        {
            error.WriteLine(OneLine(e.ToString()));
        }
    }

    public static void WriteUsage(TextWriter error, IEnumerable<string> messages)
    {
        foreach (var message in messages)
        {
            error.WriteLine(OneLine($"command line: {message}"));
        }

        error.WriteLine("command line: see 'homeward --help'");
    }

    // One problem, one line: a message never breaks the "place: message" shape.
    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
