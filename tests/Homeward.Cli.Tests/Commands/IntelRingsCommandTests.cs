using System.Text.Json;

namespace Homeward.Cli.Tests.Commands;

public sealed class IntelRingsCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Posts() => _temp.Write("posts.jsonl",
        """
        {"id":"p1","time":"2011-07-02T10:00:00+08:00","text":"送养男宝，营养费10万，电话13812345678"}
        {"id":"p2","time":"2011-07-20T10:00:00+08:00","text":"送养女宝，营养费8万，电话 138-1234-5678，东兴交接"}
        {"id":"p3","time":"2011-08-03T10:00:00+08:00","text":"送养男婴，营养费12万，电话15977123456"}
        {"id":"p4","time":"2011-09-01T10:00:00+08:00","text":"送养女婴，营养费7万，电话15977123456"}
        {"id":"p5","text":"依法收养须到民政局办理收养登记"}
        """);

    [Fact]
    public void Links_join_rings_and_the_graph_is_cytoscape_elements()
    {
        var links = _temp.Write("links.jsonl",
            """
            {"suspect":"S1","identifier":"phone:+8613812345678"}
            {"suspect":"S1","identifier":"phone:+8615977123456"}

            {"operation":"OP-2011-07","suspect":"S1"}
            {"child":"FC-0001","operation":"OP-2011-07"}
            {"suspect":"S1","identifier":"phone:+84912345681"}
            """);
        var graphPath = Path.Combine(_temp.Path, "graph.json");
        var run = Cli.Run("intel", "rings", Posts(), "--links", links, "--graph", graphPath);
        run.ExitCode.ShouldBe(0, run.ToString());
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(1);
        using var ring = JsonDocument.Parse(lines[0]);
        var r = ring.RootElement;
        r.GetProperty("size").GetInt32().ShouldBe(4);
        r.GetProperty("suspects").EnumerateArray().Select(x => x.GetString()).ShouldBe(["S1"]);
        r.GetProperty("operations").EnumerateArray().Select(x => x.GetString()).ShouldBe(["OP-2011-07"]);
        r.GetProperty("children").EnumerateArray().Select(x => x.GetString()).ShouldBe(["FC-0001"]);
        r.GetProperty("evidence").EnumerateArray().Select(x => x.GetString()).ShouldBe(["p1", "p2", "p3", "p4"]);
        r.GetProperty("membersByKind").GetProperty("post").GetInt32().ShouldBe(4);
        r.GetProperty("membersByKind").GetProperty("identifier").GetInt32().ShouldBe(3); // two held, one Vietnamese from the links
        r.GetProperty("timeline").GetProperty("2011-07").GetInt32().ShouldBe(2);
        r.GetProperty("first").GetString().ShouldStartWith("2011-07-02");
        r.GetProperty("last").GetString().ShouldStartWith("2011-09-01");
        var crossBorder = r.GetProperty("crossBorder").EnumerateArray().Select(x => x.GetString()).ToList();
        crossBorder.ShouldContain("东兴");
        crossBorder.ShouldContain("phone:+84912345681");
        r.GetProperty("linkedIdentifiers").EnumerateArray().Select(x => x.GetString()).ShouldBe(["phone:+84912345681"]);
        var provinces = r.GetProperty("provinces").EnumerateObject().Select(p => p.Name).ToList();
        provinces.ShouldContain("越南"); // the linked Vietnamese number
        provinces.ShouldContain("广西"); // 东兴 in a post

        using var graph = JsonDocument.Parse(File.ReadAllText(graphPath));
        var nodes = graph.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data")).ToList();
        var edges = graph.RootElement.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("data")).ToList();
        var ids = nodes.Select(n => n.GetProperty("id").GetString()!).ToHashSet();
        ids.Count.ShouldBe(nodes.Count);
        nodes.Select(n => n.GetProperty("kind").GetString()).Distinct().Order().ShouldBe(["child", "identifier", "operation", "post", "suspect"]);
        nodes.ShouldAllBe(n => n.GetProperty("label").GetString()!.Length > 0 && n.GetProperty("ring").GetString() == "r1");
        edges.ShouldAllBe(e => ids.Contains(e.GetProperty("source").GetString()!) && ids.Contains(e.GetProperty("target").GetString()!) && e.GetProperty("weight").GetDouble() > 0);
        edges.Select(e => e.GetProperty("id").GetString()).Distinct().Count().ShouldBe(edges.Count);
        Directory.GetFiles(_temp.Path).Length.ShouldBe(3); // posts, links, graph: no temporary file left
    }

    [Fact]
    public void A_bad_link_line_names_file_and_line_and_exits_2()
    {
        var links = _temp.Write("links.jsonl", "{\"suspect\":\"S1\",\"operation\":\"O\"}\n{\"suspect\":\"S1\"}\n");
        var graphPath = Path.Combine(_temp.Path, "graph.json");
        var run = Cli.Run("intel", "rings", Posts(), "--links", links, "--graph", graphPath);
        run.ExitCode.ShouldBe(2);
        run.Stderr.ShouldStartWith(links + ":2: a link names exactly two");
        run.Stdout.ShouldBeEmpty();
        File.Exists(graphPath).ShouldBeFalse();
        Cli.Run("intel", "rings", Posts(), "--links", Path.Combine(_temp.Path, "none.jsonl")).ExitCode.ShouldBe(2);
    }

    [Fact]
    public void Without_links_the_rings_carry_empty_link_fields()
    {
        var run = Cli.Run("intel", "rings", Posts());
        run.ExitCode.ShouldBe(0, run.ToString());
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(2);
        using var first = JsonDocument.Parse(lines[0]);
        first.RootElement.GetProperty("suspects").GetArrayLength().ShouldBe(0);
        first.RootElement.GetProperty("size").GetInt32().ShouldBe(2);
    }
}
