using System.Text.Json;
using Homeward.Cli.Commands;

namespace Homeward.Cli.Tests;

public sealed class IntelScanCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("homeward-intel-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string File(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Scan_prints_one_json_object_per_post_in_the_contract()
    {
        var posts = File("posts.jsonl",
            """
            {"id":"a","source":"tieba","text":"男宝出生8天，送养，营养费10万，微信：baby_home88 电话13812345678"}

            {"id":"b","text":"依法收养须到民政局办理收养登记"}
            """);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        IntelScanCommand.Run([posts], null, null, templates: true, stdout, stderr).ShouldBe(0);
        stderr.ToString().ShouldBeEmpty();
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2);
        using var a = JsonDocument.Parse(lines[0]);
        var root = a.RootElement;
        root.GetProperty("id").GetString().ShouldBe("a");
        root.GetProperty("flagged").GetBoolean().ShouldBeTrue();
        root.GetProperty("score").GetDouble().ShouldBeInRange(0.5, 1);
        var entities = root.GetProperty("entities").EnumerateArray().ToList();
        entities.ShouldContain(e => e.GetProperty("type").GetString() == "phone" && e.GetProperty("value").GetString() == "+8613812345678");
        entities.ShouldContain(e => e.GetProperty("type").GetString() == "wechat" && e.GetProperty("text").GetString() == "baby_home88");
        entities.ShouldContain(e => e.GetProperty("type").GetString() == "price" && e.GetProperty("value").GetString() == "CNY 100000");
        var indicator = root.GetProperty("indicators").EnumerateArray().First(i => i.GetProperty("group").GetString() == "cover");
        indicator.GetProperty("text").GetString().ShouldBe("送养");
        indicator.GetProperty("start").GetInt32().ShouldBe(7);
        indicator.GetProperty("end").GetInt32().ShouldBe(9);
        root.TryGetProperty("cluster", out _).ShouldBeTrue();
        lines[0].ShouldContain("男宝");
        using var b = JsonDocument.Parse(lines[1]);
        b.RootElement.GetProperty("flagged").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public void A_bad_json_line_names_file_and_line_and_exits_2()
    {
        var good = File("good.jsonl", """{"id":"a","text":"x"}""" + "\n");
        var bad = File("bad.jsonl", """{"id":"a","text":"x"}""" + "\n{oops\n");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        IntelScanCommand.Run([good, bad], null, null, templates: true, stdout, stderr).ShouldBe(2);
        stderr.ToString().ShouldStartWith(bad + ":2: invalid JSON");
        stdout.ToString().ShouldBeEmpty();
    }

    [Fact]
    public void A_missing_file_exits_2() =>
        IntelScanCommand.Run([Path.Combine(_dir, "none.jsonl")], null, null, true, new StringWriter(), new StringWriter()).ShouldBe(2);
}
