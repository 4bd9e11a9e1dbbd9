using Homeward.Intel.Posts;
using Homeward.Intel.Rings;

namespace Homeward.Intel.Tests;

public sealed class RingGraphTests
{
    private static readonly PostAnalyser Analyser = new();

    // Two post rings (phone A; phone B) and a lone post with phone C.
    private static readonly string[] Texts =
    [
        "送养男宝，营养费10万，电话13812345678",
        "送养女宝，营养费8万，电话 138-1234-5678",
        "送养男婴，营养费12万，电话15977123456",
        "送养女婴，营养费7万，电话15977123456",
        "男宝送养，营养费9万，电话13907712345",
        "依法收养须到民政局办理收养登记",
    ];

    private static List<PostAnalysis> Posts() =>
        [.. Texts.Select((t, i) => Analyser.Analyse(new Post("p" + i, "s", null, null, DateTimeOffset.Parse("2024-0" + (i + 1) + "-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), t)))];

    private static RingLink Link(string kindA, string a, string kindB, string b) => new(new LinkNode(kindA, a), new LinkNode(kindB, b));

    [Fact]
    public void Without_links_the_rings_are_the_post_rings()
    {
        var posts = Posts();
        var options = new RingOptions(LinkAuthors: false);
        var graph = RingGraph.Build(posts, [], options);
        var (rings, _) = RingBuilder.Build(posts, options);
        graph.Rings.Select(r => r.Posts.ToArray()).ShouldBe(rings.Select(r => r.Posts.ToArray()));
        graph.Rings.Select(r => r.Identifiers.ToArray()).ShouldBe(rings.Select(r => r.Identifiers.ToArray()));
        graph.Rings.ShouldAllBe(r => r.Linked.Count == 0);
    }

    [Fact]
    public void A_suspect_holding_phones_of_two_rings_joins_them_with_operation_and_child()
    {
        var posts = Posts();
        RingLink[] links =
        [
            Link("suspect", "S1", "identifier", "phone:+8613812345678"),
            Link("suspect", "S1", "identifier", "phone:+8615977123456"),
            Link("operation", "OP-2011-07", "suspect", "S1"),
            Link("child", "FC-0001", "operation", "OP-2011-07"),
            Link("child", "FC-0001", "operation", "OP-2011-07"),
            Link("suspect", "S2", "post", "p4"),
            Link("suspect", "S3", "operation", "OP-2012-01"),
        ];
        var graph = RingGraph.Build(posts, links, new RingOptions(LinkAuthors: false));
        graph.Rings.Count.ShouldBe(2);
        var big = graph.Rings[0];
        big.Id.ShouldBe("r1");
        big.Posts.ShouldBe([0, 1, 2, 3]);
        big.LinkedOf("suspect").ShouldBe(["S1"]);
        big.LinkedOf("operation").ShouldBe(["OP-2011-07"]);
        big.LinkedOf("child").ShouldBe(["FC-0001"]);
        big.LinkedOf("identifier").ShouldBeEmpty(); // both phones are held by the ring's posts
        big.MembersByKind["post"].ShouldBe(4);
        big.MembersByKind["identifier"].ShouldBe(2);
        big.MembersByKind["suspect"].ShouldBe(1);
        big.Edges.ShouldContain(e => e.Kind == "link" && e.Source == "child:FC-0001" && e.Target == "operation:OP-2011-07" && e.Weight == 2);
        big.Edges.ShouldContain(e => e.Kind == "holds" && e.Source == "post:p0" && e.Target == "identifier:+8613812345678");

        // The lone post p4 is a ring of one post with its suspect; S3's operation touches no post and is no ring.
        var lone = graph.Rings[1];
        lone.Posts.ShouldBe([4]);
        lone.LinkedOf("suspect").ShouldBe(["S2"]);
        graph.Nodes.ShouldNotContain(n => n.Id == "suspect:S3");

        // Every edge joins two nodes of the graph, and node ids are unique.
        var ids = graph.Nodes.Select(n => n.Id).ToList();
        ids.Distinct().Count().ShouldBe(ids.Count);
        graph.Edges.ShouldAllBe(e => ids.Contains(e.Source) && ids.Contains(e.Target));
    }

    [Fact]
    public void A_generic_identifier_linked_to_a_suspect_joins_nothing()
    {
        var posts = Posts();
        // With a cap of 1 every shared phone is generic: no post ring, and a link to one joins no post.
        var graph = RingGraph.Build(posts, [Link("suspect", "S1", "identifier", "phone:+8615977123456")], new RingOptions(DegreeCap: 1, LinkAuthors: false));
        graph.Rings.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("""{"suspect":"S1","identifier":"phone:+8613812345678","note":"seen at the station"}""", null)]
    [InlineData("""{"child":"FC-0001","operation":"OP-2011-07"}""", null)]
    [InlineData("""{"suspect":"S1"}""", "exactly two")]
    [InlineData("""{"suspect":"S1","operation":"O","child":"C"}""", "exactly two")]
    [InlineData("""{"suspect":"S1","identifier":"telegram:abc"}""", "\"type:value\"")]
    [InlineData("""{"suspect":"S1","identifier":"phone:13812345678"}""", "E.164")]
    [InlineData("""{"suspect":"S1","identifier":"phone:+8612345"}""", "not a valid")]
    [InlineData("""{"suspect":1,"operation":"O"}""", "non-empty string")]
    [InlineData("""{"suspect":"S1",""", "invalid JSON")]
    public void Link_lines_are_checked(string line, string? error)
    {
        var (link, message) = RingLinkJsonLines.ParseLine(line);
        if (error is null)
        {
            message.ShouldBeNull();
            link.ShouldNotBeNull();
        }
        else
        {
            link.ShouldBeNull();
            message.ShouldNotBeNull().ShouldContain(error);
        }
    }

    [Fact]
    public void An_identifier_link_uses_the_same_key_as_the_posts()
    {
        new LinkNode("identifier", "phone:+8613812345678").GraphId.ShouldBe("identifier:+8613812345678");
        new LinkNode("identifier", "qq:123456789").GraphId.ShouldBe("identifier:qq:123456789");
        new LinkNode("suspect", "S1").GraphId.ShouldBe("suspect:S1");
        RingLinkJsonLines.ParseLine("""{"suspect":"S1","identifier":"phone:+84912345681"}""").Link!.To.Province.ShouldBe("越南");
    }
}
