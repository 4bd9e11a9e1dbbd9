using System.Text;
using Homeward.Intel.Ingest;

namespace Homeward.Intel.Tests.Ingest;

public sealed class HtmlPageParserTests
{
    private static readonly CaptureSource Capture = new("page.html", "https://bbs.example.org/forum/t/1.html", "pg");

    private const string Page = """
        <html><head><title>送养男宝</title><meta name="author" content="暖阳">
        <style>.x{color:red}</style><script>var secret = "脚本文字";</script></head>
        <body><nav><a href="/">首页</a></nav>
        <article><h1>送养男宝</h1>
        <time datetime="2024-05-12T21:40:00+08:00">昨天</time>
        <p>出生15天，   营养费8万。</p><p>电话<b>139-2345-6781</b></p>
        <noscript>请启用脚本</noscript>
        <a href="2.html">下一帖</a> <a href="https://other.example.net/x#top">外站</a></article>
        <footer>页脚</footer></body></html>
        """;

    [Fact]
    public void The_main_content_is_read_one_line_per_block_without_scripts_or_styles()
    {
        var page = HtmlPageParser.Parse(Page, Capture);

        page.Title.ShouldBe("送养男宝");
        page.Author.ShouldBe("暖阳");
        page.Time.ShouldBe(new DateTimeOffset(2024, 5, 12, 21, 40, 0, TimeSpan.FromHours(8)));
        page.Text.ShouldBe("送养男宝\n昨天\n出生15天， 营养费8万。\n电话139-2345-6781\n下一帖 外站");
        page.Text.ShouldNotContain("脚本");
        page.Text.ShouldNotContain("color");
        page.Text.ShouldNotContain("页脚");
    }

    [Fact]
    public void Links_of_the_whole_page_are_resolved_against_its_address()
    {
        var page = HtmlPageParser.Parse(Page, Capture);
        page.Links.Select(l => l.Href).ShouldBe(["https://bbs.example.org/", "https://bbs.example.org/forum/t/2.html", "https://other.example.net/x#top"]);
        page.Links[1].Text.ShouldBe("下一帖");
    }

    [Fact]
    public void Without_an_article_the_body_is_the_content_and_the_title_leads_the_post()
    {
        var capture = new CaptureSource("saved.html", null, "s");
        var page = HtmlPageParser.Parse("<title>标题</title><body><div>第一段</div><div>第二段<br>第三行</div></body>", capture);
        page.Text.ShouldBe("第一段\n第二段\n第三行");
        var post = HtmlPageParser.ToPosts(page, capture).Posts.ShouldHaveSingleItem();
        post.Text.ShouldBe("标题\n第一段\n第二段\n第三行");
        post.Source.ShouldBe("saved.html");
        post.Id.ShouldBe("s-1");
        post.Time.ShouldBeNull();
    }

    [Theory]
    [InlineData("<!-- saved from url=(0038)https://bbs.example.org/forum/t/7.html -->\n<html><body><a href='8.html'>n</a></body></html>")]
    [InlineData("<html><head><link rel='canonical' href='https://bbs.example.org/forum/t/7.html'></head><body><a href='8.html'>n</a></body></html>")]
    [InlineData("<html><head><meta property='og:url' content='https://bbs.example.org/forum/t/7.html'></head><body><a href='8.html'>n</a></body></html>")]
    public void A_saved_page_gives_its_own_address_and_links_resolve_against_it(string html)
    {
        var page = HtmlPageParser.Parse(html, new CaptureSource("saved.html", null, "s"));
        page.Url.ShouldBe("https://bbs.example.org/forum/t/7.html");
        page.Links.ShouldHaveSingleItem().Href.ShouldBe("https://bbs.example.org/forum/t/8.html");
    }

    [Fact]
    public void A_gbk_page_is_decoded_by_its_meta_charset()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GBK").GetBytes("<html><head><meta charset=\"gbk\"></head><body><p>送养男宝</p></body></html>");
        HtmlPageParser.Parse(bytes, Capture).Text.ShouldBe("送养男宝");
    }

    [Fact]
    public void A_page_without_text_gives_no_post() =>
        PostIngester.Read(IngestFormat.Html, "<html><body><script>x()</script></body></html>"u8, Capture).Posts.ShouldBeEmpty();

    [Fact]
    public void The_post_of_a_fetched_page_has_its_host_as_source()
    {
        var post = PostIngester.Read(IngestFormat.Html, Encoding.UTF8.GetBytes(Page), Capture).Posts.ShouldHaveSingleItem();
        post.Source.ShouldBe("bbs.example.org");
        post.Url.ShouldBe(Capture.Url);
        post.Author.ShouldBe("暖阳");
    }
}
