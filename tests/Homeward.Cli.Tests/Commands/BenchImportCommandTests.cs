namespace Homeward.Cli.Tests.Commands;

/// <summary><c>homeward bench import</c> runs end to end at a tiny size on a temporary SQLite file.</summary>
public sealed class BenchImportCommandTests
{
    [Fact]
    public void Bench_import_prints_a_row_per_database_and_leaves_no_file()
    {
        var before = Directory.GetFiles(Path.GetTempPath(), "homeward-bench-*").Length;

        var run = Cli.Run("bench", "import", "--profiles", "300", "--batch", "64");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Stdout.ShouldContain("| database | profiles | batch | import (s) | profiles/s |");
        run.Stdout.ShouldContain("| 300 | 64 |");
        Directory.GetFiles(Path.GetTempPath(), "homeward-bench-*").Length.ShouldBe(before);
    }

    [Fact]
    public void Bench_import_refuses_a_non_positive_size()
    {
        var run = Cli.Run("bench", "import", "--profiles", "0");

        run.ExitCode.ShouldBe(2);
        run.StderrLines.ShouldBe(["command line: --profiles: must be a positive number"]);
    }
}
