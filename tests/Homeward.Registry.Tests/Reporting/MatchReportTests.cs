using System.Xml.Linq;
using Homeward.Registry.Reporting;

namespace Homeward.Registry.Tests.Reporting;

/// <summary>Match reports: what each audience sees, and that data never becomes markup.</summary>
public sealed class MatchReportTests
{
    private static readonly string[] Names = ["张伟", "小宝", "李芳", "张建国", "王强"];

    [Fact]
    public void Html_escapes_every_piece_of_data()
    {
        var html = HtmlMatchReport.Render(ReportFixture.For(ReportAudience.Investigator));

        html.ShouldNotContain("<script");
        html.ShouldNotContain("<b>");
        html.ShouldContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; | *bold* &amp; [link](http://x)");
        html.ShouldContain("Test data &lt;not real&gt;");
        html.ShouldContain("same given name: &lt;伟&gt;");
        html.ShouldNotContain("<a ");
    }

    [Fact]
    public void Markdown_escapes_every_piece_of_data()
    {
        var markdown = MarkdownMatchReport.Render(ReportFixture.For(ReportAudience.Investigator));

        System.Text.RegularExpressions.Regex.IsMatch(markdown, @"(?<!\\)<script").ShouldBeFalse();
        markdown.ShouldContain(@"\<script\>alert(""x"")\</script\> \| \*bold\* \& \[link\](http://x)");
        markdown.ShouldContain(@"last seen 云南 昆明 \<b\>north\</b\>");
    }

    [Fact]
    public void Escaping_leaves_plain_text_alone_and_escapes_each_special_character()
    {
        HtmlText.Escape("李芳 S-1").ShouldBe("李芳 S-1");
        HtmlText.Escape("<&>\"'").ShouldBe("&lt;&amp;&gt;&quot;&#39;");
        MarkdownText.Escape("李芳 S-1 0.5").ShouldBe("李芳 S-1 0.5");
        MarkdownText.Escape("a|b\nc*").ShouldBe(@"a\|b c\*");
    }

    [Fact]
    public void Lab_analysts_see_genotypes_under_sample_codes_but_no_names_or_descriptions()
    {
        var report = ReportFixture.For(ReportAudience.LabAnalyst);
        var markdown = MarkdownMatchReport.Render(report);
        var html = HtmlMatchReport.Render(report);

        report.Dna!.Persons.ShouldBe(["found child Q-1", "mother S-1", "father S-2"]);
        report.Dna.Markers[0].Genotypes.ShouldBe(["15/16", "15/17", "16/18"]);
        markdown.ShouldContain("| D3S1358 | 25 | 15/16 | 15/17 | 16/18 |");
        foreach (var text in new[] { markdown, html })
        {
            Names.ShouldAllBe(n => !text.Contains(n));
            text.ShouldNotContain("alert");
            text.ShouldNotContain("邯郸");
            text.ShouldNotContain("2011-01-05");
        }

        report.Evidence!.Factors.ShouldAllBe(f => f.Explanation == null);
        report.Pedigree.ShouldNotBeNull();
    }

    [Theory]
    [InlineData(ReportAudience.Investigator)]
    [InlineData(ReportAudience.Caseworker)]
    public void Investigators_and_caseworkers_see_the_case_and_the_statistics_but_no_genotypes(ReportAudience audience)
    {
        var report = ReportFixture.For(audience);
        var markdown = MarkdownMatchReport.Render(report);

        report.Dna!.Persons.ShouldBeEmpty();
        report.Dna.Markers.ShouldAllBe(m => m.Genotypes.Count == 0);
        markdown.ShouldNotContain("15/16");
        markdown.ShouldContain("张伟");
        markdown.ShouldContain("李芳");
        markdown.ShouldContain("2011-01-05");
        markdown.ShouldContain("| D3S1358 | 25 |");
        report.Evidence!.Factors.ShouldAllBe(f => f.Explanation != null);
    }

    [Fact]
    public void Volunteers_see_minimal_public_data_only()
    {
        var report = ReportFixture.For(ReportAudience.Volunteer);
        var markdown = MarkdownMatchReport.Render(report);
        var html = HtmlMatchReport.Render(report);

        report.Dna.ShouldBeNull();
        report.Evidence.ShouldBeNull();
        report.Pedigree.ShouldBeNull();
        report.Report.Relatives.ShouldAllBe(r => r.SampleCode == null && r.Name == null);
        report.Report.LastSeen.ShouldBe("2011");
        report.Report.LastSeenPlace.ShouldBe("云南");
        foreach (var text in new[] { markdown, html })
        {
            Names.ShouldAllBe(n => !text.Contains(n));
            text.ShouldNotContain("15/16");
            text.ShouldNotContain("S-1");
            text.ShouldNotContain("昆明");
            text.ShouldNotContain("likelihood", Case.Insensitive);
            text.ShouldNotContain("<svg");
        }
    }

    [Fact]
    public void The_html_report_inlines_a_well_formed_pedigree_with_the_missing_child_highlighted()
    {
        var html = HtmlMatchReport.Render(ReportFixture.For(ReportAudience.Caseworker));

        var start = html.IndexOf("<svg", StringComparison.Ordinal);
        var end = html.IndexOf("</svg>", StringComparison.Ordinal) + "</svg>".Length;
        var svg = XDocument.Parse(html[start..end]).Root!;
        XNamespace ns = "http://www.w3.org/2000/svg";
        var persons = svg.Elements(ns + "g").Where(g => ((string?)g.Attribute("class"))?.StartsWith("person", StringComparison.Ordinal) == true).ToArray();
        persons.Length.ShouldBe(3);
        persons.Count(p => ((string)p.Attribute("class")!).Contains("missing-child")).ShouldBe(1);
        persons.Count(p => ((string)p.Attribute("class")!).Contains("typed")).ShouldBe(2);
        svg.Descendants(ns + "text").ShouldContain(t => t.Value.Contains("张建国"));
        html.ShouldNotContain("<script");
    }
}
