using Homeward.Cli.Load;
using Homeward.Data;
using Homeward.Web;

namespace Homeward.Cli.Tests.Load;

/// <summary><c>bench web --sign-in --server-pid</c> against the real web application on Kestrel (loopback, a free port).</summary>
[Collection(LoadCollection.Name)]
public sealed class BenchWebSignInTests
{
    private const string Password = "a long enough password";

    [Fact]
    public async Task Signing_in_from_stdin_loads_a_page_behind_the_login_and_measures_the_servers_cpu()
    {
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "h.db");
        Cli.Run("db", "init", "--database", database).ExitCode.ShouldBe(0);
        Run(Password + "\n", "users", "add", "--email", "load@example.org", "--role", "investigator", "--database", database).ExitCode.ShouldBe(0);
        await using var app = HomewardWebApp.Build(new HomewardWebOptions { Database = DatabaseSettings.Sqlite(database), Urls = "http://127.0.0.1:0" });
        await app.StartAsync();
        var url = app.Urls.Single();

        var run = Run(Password + "\n", "bench", "web", "--url", url, "--path", "/Matches", "--connections", "2", "--warmup-seconds", "0.2", "--seconds", "1",
            "--target-rps", "1", "--target-p99-ms", "60000", "--sign-in", "load@example.org", "--server-pid", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var refused = Run("not the password\n", "bench", "web", "--url", url, "--path", "/Matches", "--seconds", "0.5", "--sign-in", "load@example.org");
        await app.StopAsync();

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        var row = run.Stdout.Split('\n').Single(l => l.StartsWith("| /Matches |", StringComparison.Ordinal));
        row.ShouldNotContain("–", customMessage: "both CPU columns are measured: " + row);
        run.Stdout.ShouldContain("/Matches: CPU-bound ceiling on");
        refused.ExitCode.ShouldBe(ExitCodes.InvalidInput, refused.ToString());
        refused.Stderr.ShouldContain("sign-in as load@example.org refused");
    }

    [Fact]
    public void A_server_pid_that_cannot_be_read_is_refused()
    {
        var run = Cli.Run("bench", "web", "--url", "http://127.0.0.1:1", "--path", "/a", "--server-pid", "-5");

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput, run.ToString());
        run.Stderr.ShouldContain("command line: --server-pid");
    }

    [Fact]
    public void Cpu_time_is_read_after_the_command_name_whatever_it_holds()
    {
        // Fields after "(name)": state, ppid, pgrp, session, tty, tpgid, flags, minflt, cminflt, majflt, cmajflt, utime, stime, …
        ProcessCpu.Parse("4242 (dotnet (serve) x) S 1 2 3 4 5 6 7 8 9 10 250 50 0 0 20 0").ShouldBe(TimeSpan.FromSeconds(3));
        ProcessCpu.Parse("no parenthesis").ShouldBeNull();
        ProcessCpu.Parse("1 (x) S 1 2").ShouldBeNull();
        ProcessCpu.Current.Used().ShouldNotBeNull().ShouldBeGreaterThan(TimeSpan.Zero);
    }

    private static CliRun Run(string stdin, params string[] args) =>
        Cli.Run((stdout, stderr) => new CliContext(stdout, stderr, CliContext.ShippedDataDirectory) { In = new StringReader(stdin) }, args);
}
