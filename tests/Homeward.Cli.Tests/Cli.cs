namespace Homeward.Cli.Tests;

/// <summary>Runs <c>homeward</c> in-process with captured streams.</summary>
internal static class Cli
{
    public static CliRun Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = Program.Run(args, stdout, stderr);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }

    public static CliRun Run(CliContextFactory factory, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = Program.Run(args, factory(stdout, stderr));
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }
}

internal delegate CliContext CliContextFactory(TextWriter stdout, TextWriter stderr);

/// <summary>The exit code and the two streams of one run.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}\nstdout: {Stdout}\nstderr: {Stderr}";
}
