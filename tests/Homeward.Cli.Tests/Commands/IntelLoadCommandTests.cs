namespace Homeward.Cli.Tests.Commands;

/// <summary><c>homeward intel load</c> on a SQLite file: all or nothing, <c>file:line</c> errors with exit 2.</summary>
public sealed class IntelLoadCommandTests
{
    private const string Posts =
        """
        {"id":"p1","text":"出生8天男宝宝送养，营养费5万元，联系电话138-1234-5678"}
        {"id":"p2","text":"刚出生女婴找好人家送养，要营养费3万元，电话 +86 138 1234 5678"}
        """;

    [Fact]
    public void Load_stores_the_posts_and_a_bad_line_stores_nothing()
    {
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "h.db");
        var good = Path.Combine(folder.Path, "a.jsonl");
        var bad = Path.Combine(folder.Path, "b.jsonl");
        File.WriteAllText(good, Posts);
        File.WriteAllText(bad, "\n{\"id\":\"x\"}\n");
        Cli.Run("db", "init", "--database", database).ExitCode.ShouldBe(0);

        var failed = Cli.Run("intel", "load", good, bad, "--database", database);
        failed.ExitCode.ShouldBe(2);
        failed.Stderr.ShouldContain(bad + ":2: missing \"text\"");

        var loaded = Cli.Run("intel", "load", good, "--database", database);
        loaded.ExitCode.ShouldBe(0, loaded.ToString());
        loaded.Stdout.ShouldContain("loaded 2 posts: 2 added, 0 replaced; 2 flagged and 1 rings");
        Cli.Run("intel", "load", good, "--database", database).Stdout.ShouldContain("0 added, 2 replaced");
    }
}
