using Homeward.Intel.Scoring;

namespace Homeward.Intel.Tests;

public sealed class ScoringTests
{
    [Fact]
    public void A_selling_post_is_flagged_with_its_reasons_and_spans()
    {
        const string text = "本人未婚先孕，男宝出生8天，寻有缘人送养，营养费10万，诚心的私聊 VX：baby_home88";
        var a = Analyse.Text(text);
        a.Flagged.ShouldBeTrue();
        a.Score.ShouldBeGreaterThan(0.8);
        a.Indicators.Select(i => i.Group).Distinct().ShouldBe(
            ["hardship", "child", "cover", "money", "private-contact"], ignoreOrder: true);
        foreach (var hit in a.Indicators)
        {
            text[hit.Start..hit.End].ShouldBe(hit.Text);
        }

        a.Indicators.ShouldContain(i => i.Detail == "age-days:8");
        a.Indicators.ShouldContain(i => i.Detail == "sex:male");
        a.Indicators.ShouldNotContain(i => i.Text == "baby");
    }

    [Fact]
    public void The_score_is_the_logistic_of_bias_plus_group_weights()
    {
        var a = Analyse.Text("送养 男宝 营养费");
        var v = Vocabulary.Default;
        var logOdds = v.Bias + v.Weights["cover"] + v.Weights["child"] + v.Weights["money"];
        a.Score.ShouldBe(1 / (1 + Math.Exp(-logOdds)), 1e-12);
        a.Contributions.Sum(c => c.Weight).ShouldBe(logOdds - v.Bias, 1e-12);
    }

    [Fact]
    public void News_about_a_case_is_not_flagged() =>
        Analyse.Text("警方破获一起以送养为名贩卖婴儿案，每名婴儿售价4万元，抓获犯罪嫌疑人12名").Flagged.ShouldBeFalse();

    [Fact]
    public void Lawful_adoption_information_is_not_flagged() =>
        Analyse.Text("依法收养须到民政局办理收养登记，福利院的儿童可通过正规渠道领养，咨询电话 0771-5551234").Flagged.ShouldBeFalse();

    [Fact]
    public void The_threshold_is_configurable()
    {
        var analyser = new PostAnalyser(Vocabulary.Default.WithThreshold(0.99));
        analyser.Analyse(new Posts.Post("x", null, null, null, null, "送养 男宝 营养费 加微信")).Flagged.ShouldBeFalse();
    }

    [Fact]
    public void A_bad_vocabulary_line_is_named()
    {
        var (v, error) = Vocabulary.Parse("weight\tcover\tmuch\n", "v.tsv");
        v.ShouldBeNull();
        error.ShouldBe("v.tsv:1: 'much' is not a number");
        Vocabulary.Parse("term\tnew-group\t词\n", "v.tsv").Error.ShouldBe("v.tsv: group 'new-group' has terms but no weight");
    }
}
