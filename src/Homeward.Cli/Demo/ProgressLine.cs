using Homeward.Data.Registry;

namespace Homeward.Cli.Demo;

/// <summary>
/// Matching progress of the store on stderr: while found children are searched, a bar redrawn in place
/// on a terminal, or a plain line at each quarter when stderr is redirected (logs and CI stay
/// readable); then one line when the matches are stored.
/// </summary>
internal sealed class ProgressLine(TextWriter error, bool interactive) : IProgress<MatchingProgress>
{
    private const int BarWidth = 30;
    private int _lastQuarter = -1;

    /// <summary>Whether <paramref name="error"/> is the process's own terminal.</summary>
    public static bool IsTerminal(TextWriter error) => ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;

    public void Report(MatchingProgress value)
    {
        if (value.Stage == "stored" && value.Done == value.Total)
        {
            error.WriteLine($"matching: {value.Total} new match(es) stored");
            return;
        }

        if (value.Stage != "searching")
        {
            return;
        }

        var total = Math.Max(1, value.Total);
        var fraction = (double)value.Done / total;
        if (interactive)
        {
            var filled = (int)Math.Round(fraction * BarWidth);
            error.Write($"\rmatching [{new string('#', filled)}{new string('.', BarWidth - filled)}] {value.Done}/{value.Total} found children");
            if (value.Done >= value.Total)
            {
                error.WriteLine();
            }

            return;
        }

        var quarter = (int)Math.Floor(fraction * 4);
        if (quarter > _lastQuarter)
        {
            _lastQuarter = quarter;
            error.WriteLine($"matching: {value.Done}/{value.Total} found children ({fraction:P0})");
        }
    }
}
