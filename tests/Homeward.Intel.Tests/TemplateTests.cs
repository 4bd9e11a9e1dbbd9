using Homeward.Intel.Evaluation;
using Homeward.Intel.Templates;

namespace Homeward.Intel.Tests;

public sealed class TemplateTests
{
    [Fact]
    public void Minhash_estimates_the_jaccard_similarity_of_ngram_sets()
    {
        var hasher = new MinHasher(hashes: 256, ngram: 3);
        const string a = "本人未婚先孕，现有一男宝刚出生，健康无残疾，寻找有缘人送养，营养费面议";
        const string b = "本人家里出现变故，现有一女宝满月，健康无残疾，寻找有缘人送养，营养费面议";
        var sa = new uint[256];
        var sb = new uint[256];
        hasher.Signature(a, sa);
        hasher.Signature(b, sb);
        MinHasher.Similarity(sa, sb).ShouldBe(Jaccard(a, b), 0.08);
        MinHasher.Similarity(sa, sa).ShouldBe(1.0);
    }

    [Fact]
    public void Posts_of_one_template_cluster_together_and_others_stay_apart()
    {
        var analyser = new PostAnalyser();
        var posts = new[]
        {
            "本人未婚先孕，现有一男宝刚出生，健康无残疾，寻找有缘人送养，营养费10万，诚心的私聊，电话13812345678",
            "本人未婚先孕，现有一女宝出生12天，健康无残疾，寻找有缘人送养，营养费8万，诚心的私聊，电话15977123456",
            "本人未婚先孕，现有一男婴满月，健康无残疾，寻找有缘人送养，营养费12万，诚心的私聊，电话18676543210",
            "收养子女须依法到民政局办理收养登记，咨询电话0771-2801234。",
            "Rehoming our 2 year old golden retriever, friendly with kids.",
        }.Select(t => analyser.Analyse(new Posts.Post("x", null, null, null, null, t))).ToList();
        var index = TemplateIndex.Build(posts);
        index.ClusterId(0).ShouldNotBeNull();
        index.ClusterId(1).ShouldBe(index.ClusterId(0));
        index.ClusterId(2).ShouldBe(index.ClusterId(0));
        index.ClusterId(3).ShouldBeNull();
        index.ClusterId(4).ShouldBeNull();

        var template = index.TemplateOf(index.ClusterIndex(0));
        template.Text.ShouldContain("健康无残疾,寻找有缘人送养,营养费[price],诚心的私聊,电话[phone]");
        template.Text.ShouldStartWith("本人未婚先孕,现有一");
        template.Slots.Count.ShouldBe(1);
        template.Slots[0].ShouldBe(["女宝出生00天", "男婴满月", "男宝刚出生"]);
    }

    [Fact]
    public void Generated_templates_are_recovered_with_high_purity()
    {
        var generated = new RingGenerator(11).Generate(40);
        var analyser = new PostAnalyser();
        var analyses = generated.Select(g => analyser.Analyse(g.Post)).ToList();
        var index = TemplateIndex.Build(analyses);
        // Each generator template has words no other has; a cluster is pure when its posts share them.
        var pure = 0;
        var total = 0;
        for (var c = 0; c < index.Count; c++)
        {
            var heads = index.Members(c).Select(i => Marker(generated[i].Post.Text)).ToList();
            pure += heads.GroupBy(h => h).Max(g => g.Count());
            total += heads.Count;
        }

        ((double)pure / total).ShouldBeGreaterThan(0.95);
        total.ShouldBeGreaterThan(generated.Count * 9 / 10);
    }

    private static readonly string[] Markers =
    [
        "寻找有缘人送养", "有意者", "开价", "感谢费", "非诚勿扰", "想找个好人家", "有偿送养", "预售", "Private adoption:", "No agency fees",
        "破获", "收养登记", "寻亲公告", "诚心领养",
    ];

    private static int Marker(string text) => Array.FindIndex(Markers, m => text.Contains(m, StringComparison.Ordinal));

    private static double Jaccard(string a, string b)
    {
        static HashSet<string> Grams(string s) => [.. Enumerable.Range(0, s.Length - 2).Select(i => s.Substring(i, 3))];
        var ga = Grams(a);
        var gb = Grams(b);
        return (double)ga.Intersect(gb).Count() / ga.Union(gb).Count();
    }
}
