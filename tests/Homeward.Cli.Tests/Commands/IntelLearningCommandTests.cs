using System.Text.Json;

namespace Homeward.Cli.Tests.Commands;

public sealed class IntelLearningCommandTests : IDisposable
{
    private static readonly string Corpus = Path.Combine(Repository.Data, "intel", "corpus", "posts.jsonl");
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Train_writes_a_model_that_scan_uses_for_a_model_field()
    {
        var model = Path.Combine(_temp.Path, "model.zip");
        var train = Cli.Run("intel", "train", "--labels", Corpus, "--model", model);
        train.ExitCode.ShouldBe(0, train.ToString());
        File.Exists(model).ShouldBeTrue();
        Directory.GetFiles(_temp.Path).Length.ShouldBe(1); // no temporary file left behind

        var posts = _temp.Write("posts.jsonl",
            """
            {"id":"a","text":"男宝出生8天，送养，营养费10万，微信：baby_home88 电话13812345678"}
            {"id":"b","text":"依法收养须到民政局办理收养登记"}
            """);
        var scan = Cli.Run("intel", "scan", "--model", model, posts);
        scan.ExitCode.ShouldBe(0, scan.ToString());
        var lines = scan.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        using var a = JsonDocument.Parse(lines[0]);
        using var b = JsonDocument.Parse(lines[1]);
        var pa = a.RootElement.GetProperty("model").GetDouble();
        var pb = b.RootElement.GetProperty("model").GetDouble();
        pa.ShouldBeInRange(0, 1);
        pb.ShouldBeInRange(0, 1);
        pa.ShouldBeGreaterThan(pb);
        a.RootElement.GetProperty("score").GetDouble().ShouldBeInRange(0, 1); // the contract's fields stay

        var plain = Cli.Run("intel", "scan", posts);
        plain.Stdout.ShouldNotContain("\"model\"");
    }

    [Fact]
    public void Scan_with_a_model_that_is_not_one_exits_2()
    {
        var notModel = _temp.Write("model.zip", "hello");
        var posts = _temp.Write("posts.jsonl", """{"id":"a","text":"x"}""" + "\n");
        var run = Cli.Run("intel", "scan", "--model", notModel, posts);
        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldStartWith(notModel + ": ");
    }

    [Fact]
    public void Compare_prints_both_per_fold_and_overall_with_a_verdict()
    {
        var run = Cli.Run("intel", "compare", "--labels", Corpus, "--folds", "4", "--errors");
        run.ExitCode.ShouldBe(0, run.ToString());
        run.Stdout.ShouldContain("stratified 4-fold");
        var rows = run.Stdout.Split('\n').Where(l => l.Length > 0 && (char.IsDigit(l[0]) || l.StartsWith("all", StringComparison.Ordinal))).ToList();
        rows.Count.ShouldBe(5);
        run.Stdout.ShouldContain("verdict: ");
        Cli.Run("intel", "compare", "--labels", Corpus, "--folds", "4").Stdout.ShouldBe(run.Stdout.Split("  wrong:")[0]);
    }

    [Fact]
    public void Compare_on_a_separate_test_file()
    {
        var test = _temp.Write("test.jsonl", string.Join('\n', File.ReadLines(Corpus).Take(20)));
        var run = Cli.Run("intel", "compare", "--labels", Corpus, "--test", test);
        run.ExitCode.ShouldBe(0, run.ToString());
        run.Stdout.ShouldContain("tested on 20 others");
    }

    [Fact]
    public void A_bad_label_names_file_and_line_and_exits_2()
    {
        var bad = _temp.Write("bad.jsonl", """{"id":"a","text":"送养男宝","label":"sell"}""" + "\n" + """{"id":"b","text":"x","label":"maybe"}""" + "\n");
        var compare = Cli.Run("intel", "compare", "--labels", bad);
        compare.ExitCode.ShouldBe(2);
        compare.Stderr.ShouldStartWith(bad + ":2: \"label\" must be one of");
        var train = Cli.Run("intel", "train", "--labels", bad, "--model", Path.Combine(_temp.Path, "m.zip"));
        train.ExitCode.ShouldBe(2);
        train.Stderr.ShouldStartWith(bad + ":2: ");
        File.Exists(Path.Combine(_temp.Path, "m.zip")).ShouldBeFalse();
    }

    [Fact]
    public void Bad_usage_exits_2()
    {
        var test = _temp.Write("t.jsonl", File.ReadLines(Corpus).First());
        Cli.Run("intel", "compare", "--labels", Corpus, "--folds", "3", "--test", test).Stderr.ShouldStartWith("command line: --folds, --test");
        var folds = Cli.Run("intel", "compare", "--labels", Corpus, "--folds", "1");
        folds.ExitCode.ShouldBe(2);
        folds.Stderr.ShouldStartWith("command line: --folds");
        var oneClass = _temp.Write("sells.jsonl", string.Join('\n', File.ReadLines(Corpus).Where(l => l.Contains("\"label\": \"sell\"", StringComparison.Ordinal))));
        var train = Cli.Run("intel", "train", "--labels", oneClass, "--model", Path.Combine(_temp.Path, "m.zip"));
        train.ExitCode.ShouldBe(2);
        train.Stderr.ShouldContain("both classes");
        var duplicate = Cli.Run("intel", "compare", "--labels", Corpus, Corpus);
        duplicate.ExitCode.ShouldBe(2);
        duplicate.Stderr.ShouldStartWith(Corpus + ":1: post id");
    }
}
