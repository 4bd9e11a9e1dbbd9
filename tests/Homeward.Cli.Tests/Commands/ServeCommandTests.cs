namespace Homeward.Cli.Tests.Commands;

/// <summary><c>homeward serve</c> refuses to start on a database it cannot use (it never starts a server here).</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public void Serve_needs_an_existing_database()
    {
        using var folder = new TempFolder();
        var run = Cli.Run("serve", "--database", Path.Combine(folder.Path, "missing.db"));
        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("no such database; create it with 'homeward db init'");
    }

    [Fact]
    public void Serve_refuses_an_unknown_provider()
    {
        var run = Cli.Run("serve", "--provider", "oracle", "--connection", "x");
        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("command line: --provider: 'oracle' is not a provider");
    }
}
