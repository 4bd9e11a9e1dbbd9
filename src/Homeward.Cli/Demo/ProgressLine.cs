using Homeward.Registry.Continuous;

namespace Homeward.Cli.Demo;

/// <summary>
/// Matching progress on stderr: a bar redrawn in place on a terminal, or a plain line at each quarter
/// when stderr is redirected (logs and CI stay readable).
/// </summary>
internal sealed class ProgressLine(TextWriter error, bool interactive) : IProgress<MatchingProgress>
{
    private const int BarWidth = 30;
    private int _lastQuarter = -1;

    /// <summary>Whether <paramref name="error"/> is the process's own terminal.</summary>
    public static bool IsTerminal(TextWriter error) => ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;

    public void Report(MatchingProgress value)
    {
        var total = Math.Max(1, value.FoundChildren);
        var fraction = (double)value.FoundChildrenDone / total;
        if (interactive)
        {
            var filled = (int)Math.Round(fraction * BarWidth);
            error.Write($"\rmatching [{new string('#', filled)}{new string('.', BarWidth - filled)}] {value.FoundChildrenDone}/{value.FoundChildren} found children");
            if (value.FoundChildrenDone >= value.FoundChildren)
            {
                error.WriteLine();
            }

            return;
        }

        var quarter = (int)Math.Floor(fraction * 4);
        if (quarter > _lastQuarter)
        {
            _lastQuarter = quarter;
            error.WriteLine($"matching: {value.FoundChildrenDone}/{value.FoundChildren} found children ({fraction:P0})");
        }
    }
}
