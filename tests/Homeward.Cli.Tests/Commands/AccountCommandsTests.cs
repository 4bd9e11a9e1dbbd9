namespace Homeward.Cli.Tests.Commands;

/// <summary><c>homeward users</c> and <c>homeward apikeys</c> on a SQLite file.</summary>
public sealed class AccountCommandsTests
{
    private const string Password = "a long enough password";

    [Fact]
    public void Users_add_reads_the_password_from_stdin_and_list_shows_the_role()
    {
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "h.db");
        Cli.Run("db", "init", "--database", database).ExitCode.ShouldBe(0);

        var added = Run(Password + "\n", "users", "add", "--email", "ana@example.org", "--role", "lab-analyst", "--database", database);
        added.ExitCode.ShouldBe(0, added.ToString());
        added.Stdout.ShouldContain("ana@example.org");
        added.ToString().ShouldNotContain(Password);

        var listed = Cli.Run("users", "list", "--database", database);
        listed.ExitCode.ShouldBe(0);
        listed.Stdout.ShouldContain("ana@example.org");
        listed.Stdout.ShouldContain("lab-analyst");
    }

    [Theory]
    [InlineData("short\n", "volunteer", "command line: --password:")]
    [InlineData(Password + "\n", "wizard", "command line: --role: 'wizard' is not a role")]
    public void Users_add_refuses_bad_input_with_exit_2(string stdin, string role, string message)
    {
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "h.db");
        Cli.Run("db", "init", "--database", database).ExitCode.ShouldBe(0);

        var run = Run(stdin, "users", "add", "--email", "bo@example.org", "--role", role, "--database", database);
        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain(message);
        Cli.Run("users", "list", "--database", database).Stdout.ShouldNotContain("bo@example.org");
    }

    [Fact]
    public void Users_add_needs_an_existing_database()
    {
        using var folder = new TempFolder();
        var run = Run(Password + "\n", "users", "add", "--email", "c@example.org", "--role", "caseworker", "--database", Path.Combine(folder.Path, "none.db"));
        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("no such database");
    }

    [Fact]
    public void Apikeys_add_prints_the_key_once_list_never_shows_it_and_revoke_ends_it()
    {
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "h.db");
        Cli.Run("db", "init", "--database", database).ExitCode.ShouldBe(0);

        var added = Cli.Run("apikeys", "add", "--lab", "Lab Kunming", "--scope", "profiles:write", "--database", database);
        added.ExitCode.ShouldBe(0, added.ToString());
        var key = added.Stdout.Trim();
        key.ShouldStartWith("hw_");

        var listed = Cli.Run("apikeys", "list", "--database", database);
        listed.Stdout.ShouldContain("Lab Kunming");
        listed.Stdout.ShouldContain("profiles:write");
        listed.Stdout.ShouldNotContain(key);
        var id = listed.Stdout.Split('\n')[2].Split(' ')[0];

        Cli.Run("apikeys", "revoke", id, "--database", database).ExitCode.ShouldBe(0);
        var again = Cli.Run("apikeys", "revoke", id, "--database", database);
        again.ExitCode.ShouldBe(2);
        again.Stderr.ShouldContain("already revoked");
    }

    [Fact]
    public void Apikeys_add_refuses_an_unknown_scope()
    {
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "h.db");
        Cli.Run("db", "init", "--database", database).ExitCode.ShouldBe(0);
        var run = Cli.Run("apikeys", "add", "--lab", "L", "--scope", "everything", "--database", database);
        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("command line: --scope");
    }

    private static CliRun Run(string stdin, params string[] args) =>
        Cli.Run((stdout, stderr) => new CliContext(stdout, stderr, CliContext.ShippedDataDirectory) { In = new StringReader(stdin) }, args);
}
