using System.Xml.Linq;
using Homeward.Registry.Reporting;

namespace Homeward.Registry.Tests.Reporting;

/// <summary>The pedigree of a match: relatives by role, names only when allowed, the found child as the missing child, labels translatable.</summary>
public sealed class MatchPedigreeTests
{
    [Fact]
    public void Relatives_are_labelled_by_role_with_their_names_only_when_the_reader_sees_names()
    {
        var named = MatchPedigree.Layout("R-7", ReportFixture.Child, ReportFixture.Donors, names: true)!;
        var coded = MatchPedigree.Layout("R-7", ReportFixture.Child, ReportFixture.Donors, names: false)!;

        named.Nodes.Select(n => n.Label).ShouldContain("mother\n李芳 (li fang)");
        coded.Nodes.Select(n => n.Label).ShouldContain("mother\nS-1");
        coded.Nodes.Select(n => n.Label).ShouldContain("father\nS-2");
        string.Concat(coded.Nodes.Select(n => n.Label)).ShouldNotContain("李芳");
        string.Concat(coded.Nodes.Select(n => n.Label)).ShouldNotContain("张建国");
        coded.Nodes.Single(n => n.IsMissingChild).Label.ShouldBe("missing child\n= found child FC-1");
        coded.Nodes.Count(n => n.Typed).ShouldBe(2);
    }

    [Fact]
    public void Untyped_persons_are_only_drawn_and_every_word_goes_through_the_translation()
    {
        var mother = ReportFixture.Donors.Take(1).ToArray();
        var translated = MatchPedigree.Layout("R-7", ReportFixture.Child, mother, names: false, words: w => $"[{w}]")!;

        translated.Nodes.Select(n => n.Label).ShouldBe(["[father]\n([not typed])", "[mother]\nS-1", "[missing child]\n= [found child] FC-1"], ignoreOrder: true);
        translated.Nodes.Count(n => n.Typed).ShouldBe(1);
    }

    [Fact]
    public void The_svg_has_no_style_attribute_or_element_and_its_legend_is_translated()
    {
        var layout = MatchPedigree.Layout("R-7", ReportFixture.Child, ReportFixture.Donors, names: false)!;
        var svg = PedigreeSvg.Draw(layout, "pedigree", w => w == "not typed" ? "未分型" : w);

        svg.DescendantsAndSelf().Attributes("style").ShouldBeEmpty();
        svg.Descendants().Where(e => e.Name.LocalName == "style").ShouldBeEmpty();
        svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ShouldContain("未分型");
        svg.Descendants().Single(e => e.Name.LocalName == "title").Value.ShouldBe("pedigree");
        XNamespace.Get("http://www.w3.org/2000/svg").ShouldBe(svg.Name.Namespace);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_drawing_is_wide_enough_for_its_legend(bool chinese)
    {
        var mother = ReportFixture.Donors.Take(1).ToArray();
        var layout = MatchPedigree.Layout("R-7", ReportFixture.Child, mother, names: false)!;
        var svg = PedigreeSvg.Draw(layout, "pedigree", chinese ? w => w == "missing child = found child under H1" ? "失踪儿童 = H1 下的被解救儿童" : w : null);

        var width = double.Parse(svg.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        var last = svg.Descendants().Where(e => e.Name.LocalName == "g" && (string?)e.Attribute("class") == "legend").Single()
            .Elements().Where(e => e.Name.LocalName == "text").Last();
        var start = double.Parse(last.Attribute("x")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        (start + (last.Value.Length * (chinese ? 9 : 6))).ShouldBeLessThan(width, "the last legend text ends inside the drawing");
    }
}
