namespace Homeward.Cli.Tests.Commands;

/// <summary><c>homeward bench search</c> runs end to end at a tiny size and reports every figure.</summary>
public sealed class BenchCommandTests
{
    [Fact]
    public void Bench_search_prints_every_figure_of_the_issue()
    {
        var run = Cli.Run("bench", "search", "--references", "3000", "--queries", "5", "--batch-references", "2000", "--batch-queries", "20", "--markers", "12", "--bandwidth-megabytes", "64");

        run.ExitCode.ShouldBe(0, run.ToString());
        run.Stdout.ShouldContain("measured memory read bandwidth");
        run.Stdout.ShouldContain("index bytes/profile");
        run.Stdout.ShouldContain("parent-bearing");
        run.Stdout.ShouldContain("sibling-only");
        run.Stdout.ShouldContain("of memory bandwidth");
        run.Stdout.ShouldContain("queries/s");
    }

    [Fact]
    public void Bench_search_refuses_a_non_positive_size()
    {
        var run = Cli.Run("bench", "search", "--references", "0");

        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldContain("--references");
    }
}
