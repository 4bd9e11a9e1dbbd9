using Homeward.Data;
using Homeward.Data.Intel;
using Homeward.Intel.Evaluation;

namespace Homeward.Cli.Tests.Commands;

/// <summary><c>homeward intel labels</c>: the analysts' latest labels as a corpus that intel train|compare read.</summary>
public sealed class IntelLabelsCommandTests
{
    private const string Posts =
        """
        {"id":"p1","text":"出生8天男宝宝送养，营养费5万元，联系电话138-1234-5678"}
        {"id":"p2","text":"小猫咪免费送养，已打疫苗，限同城"}
        {"id":"p3","text":"寻找有缘人领养，详情私聊"}
        {"id":"p4","text":"福利院开放日通知"}
        """;

    [Fact]
    public async Task Labels_export_the_latest_decided_label_of_each_post_in_the_corpus_format()
    {
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "h.db");
        var posts = Path.Combine(folder.Path, "posts.jsonl");
        var output = Path.Combine(folder.Path, "labels.jsonl");
        File.WriteAllText(posts, Posts);
        Cli.Run("db", "init", "--database", database).ExitCode.ShouldBe(0);
        Cli.Run("intel", "load", posts, "--database", database).ExitCode.ShouldBe(0);
        var store = new PostStore(DatabaseSettings.Sqlite(database), TimeProvider.System);
        (await store.LabelAsync("p1", "offer", null, "analyst")).ShouldBeEmpty();
        (await store.LabelAsync("p2", "offer", null, "analyst")).ShouldBeEmpty();
        (await store.LabelAsync("p2", "not-offer", "a kitten", "analyst")).ShouldBeEmpty();
        (await store.LabelAsync("p3", "unsure", null, "analyst")).ShouldBeEmpty();

        var run = Cli.Run("intel", "labels", "--database", database, "--out", output);

        run.ExitCode.ShouldBe(ExitCodes.Success, run.ToString());
        run.Stderr.ShouldContain("2 labelled posts (1 offers)");
        var read = File.ReadAllLines(output).Select(CorpusReader.ParseLine).ToList();
        read.ShouldAllBe(r => r.Error == null);
        read.Select(r => (r.Post!.Post.Id, r.Post.Label, r.Post.ShouldFlag)).ShouldBe([("p1", "offer", true), ("p2", "not-offer", false)]);
        read[0].Post!.Post.Text.ShouldStartWith("出生8天男宝宝送养");
    }

    [Fact]
    public void An_unwritable_output_is_refused_with_its_path()
    {
        using var folder = new TempFolder();
        var database = Path.Combine(folder.Path, "h.db");
        Cli.Run("db", "init", "--database", database).ExitCode.ShouldBe(0);
        var output = Path.Combine(folder.Path, "missing-folder", "labels.jsonl");

        var run = Cli.Run("intel", "labels", "--database", database, "--out", output);

        run.ExitCode.ShouldBe(ExitCodes.InvalidInput, run.ToString());
        run.Stderr.ShouldContain(output + ": cannot write the labels");
    }
}
