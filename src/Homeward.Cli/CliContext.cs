namespace Homeward.Cli;

/// <summary>
/// What a command may touch besides the files it is given: its two output streams, its input (a
/// password for <c>homeward users add</c>) and the folder of data shipped next to the executable.
/// </summary>
/// <param name="Out">Results (stdout).</param>
/// <param name="Error">Errors, warnings and explanations (stderr).</param>
/// <param name="DataDirectory">The shipped <c>data</c> folder (frequencies, demo cases).</param>
internal sealed record CliContext(TextWriter Out, TextWriter Error, string DataDirectory)
{
    /// <summary>Standard input (tests give a reader of their own).</summary>
    public TextReader In { get; init; } = Console.In;

    /// <summary>The shipped data folder of this executable: <c>AppContext.BaseDirectory/data</c>.</summary>
    public static string ShippedDataDirectory => Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>The shipped frequency tables.</summary>
    public string FrequenciesDirectory => Path.Combine(DataDirectory, "frequencies");

    /// <summary>The shipped demo cases.</summary>
    public string CasesDirectory => Path.Combine(DataDirectory, "cases");
}
