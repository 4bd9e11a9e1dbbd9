using Homeward.Intel.Evaluation;
using Homeward.Intel.Posts;
using Homeward.Intel.Rings;

namespace Homeward.Intel.Tests;

public sealed class RingTests
{
    [Fact]
    public void Adjusted_rand_index_of_known_partitions()
    {
        ClusterAgreement.AdjustedRandIndex(["a", "a", "b", "b"], ["x", "x", "y", "y"]).ShouldBe(1.0);
        ClusterAgreement.AdjustedRandIndex(["a", "a", "a", "b", "b", "b"], ["x", "x", "y", "y", "z", "z"]).ShouldBe(0.2424242424, 1e-9);
        ClusterAgreement.Purity(["a", "a", "b", "b"], ["x", "x", "x", "x"]).ShouldBe(0.5);
    }

    [Fact]
    public void Louvain_separates_two_cliques_joined_by_one_edge()
    {
        var edges = new List<(int, int, double)>();
        for (var a = 0; a < 5; a++)
        {
            for (var b = a + 1; b < 5; b++)
            {
                edges.Add((a, b, 1));
                edges.Add((a + 5, b + 5, 1));
            }
        }

        edges.Add((4, 5, 1));
        var c = Louvain.Communities(10, edges);
        c[..5].Distinct().Count().ShouldBe(1);
        c[5..].Distinct().Count().ShouldBe(1);
        c[0].ShouldNotBe(c[9]);
    }

    [Fact]
    public void Posts_sharing_a_number_form_a_ring_and_a_generic_identifier_does_not_link()
    {
        var analyser = new PostAnalyser();
        string[] texts =
        [
            "送养男宝，营养费10万，电话13812345678，群主QQ 123456789",
            "送养女宝，营养费8万，电话 138-1234-5678，微信 ring_one_01",
            "男宝送养，营养费9万，微信：ring_one_01",
            "送养男婴，营养费12万，电话15977123456，群主QQ 123456789",
            "送养女婴，营养费7万，电话15977123456",
            "依法收养须到民政局办理收养登记，群主QQ 123456789",
        ];
        var posts = texts.Select((t, i) => analyser.Analyse(new Post("p" + i, "s", null, null, null, t))).ToList();
        var (rings, ringOf) = RingBuilder.Build(posts, new RingOptions(DegreeCap: 2, FlaggedOnly: false, LinkAuthors: false));
        rings.Count.ShouldBe(2);
        ringOf[0].ShouldBe(ringOf[1]);
        ringOf[1].ShouldBe(ringOf[2]);
        ringOf[3].ShouldBe(ringOf[4]);
        ringOf[0].ShouldNotBe(ringOf[3]);
        ringOf[5].ShouldBe(-1);
        rings[ringOf[0]].GenericIdentifiers.ShouldContain(x => x.Type == "qq" && x.Value == "123456789");
        rings[ringOf[0]].Identifiers.ShouldContain(x => x.Type == "phone" && x.Value == "+8613812345678" && x.Posts == 2);

        var (uncapped, _) = RingBuilder.Build(posts, new RingOptions(DegreeCap: int.MaxValue, FlaggedOnly: false, LinkAuthors: false));
        uncapped.Count.ShouldBe(1);
    }

    [Fact]
    public void Generated_rings_are_recovered()
    {
        var generated = new RingGenerator(5).Generate(60);
        var analyser = new PostAnalyser();
        var analyses = generated.Select(g => analyser.Analyse(g.Post)).ToList();
        var recovery = RingRecovery.Measure(generated, analyses, new RingOptions());
        recovery.AdjustedRandIndex.ShouldBeGreaterThan(0.8);
        recovery.InversePurity.ShouldBeGreaterThan(0.95);
        RingRecovery.Measure(generated, analyses, new RingOptions(DegreeCap: int.MaxValue, SplitAbove: int.MaxValue)).AdjustedRandIndex.ShouldBeLessThan(0.2);
        // Without the cap, Louvain on the down-weighted projection still splits the giant component.
        RingRecovery.Measure(generated, analyses, new RingOptions(DegreeCap: int.MaxValue)).AdjustedRandIndex.ShouldBeGreaterThan(0.8);
    }
}
