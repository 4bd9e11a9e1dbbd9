using Homeward.Web.Tests.Infrastructure;

namespace Homeward.Web.Tests;

/// <summary>The administration pages of consent, retention and frequency tables in simplified Chinese.</summary>
[Collection(WebCollection.Name)]
public sealed class AdminLanguageTests(WebApp app)
{
    [Theory]
    [InlineData("/Admin/Retention", "现行设置")]
    [InlineData("/Admin/Frequencies", "上传频率表")]
    [InlineData("/Reports/Consent/R-1", "只有同意国内比对认亲的亲属才会参与比对")]
    public async Task The_page_speaks_chinese(string path, string text)
    {
        using var client = await app.SignedInAsync("administrator");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var page = await client.GetStringAsync(path);

        page.ShouldContain("<html lang=\"zh-CN\">");
        page.ShouldContain(text);
        page.ShouldNotContain("style=");
        page.ShouldNotContain("<script");
    }
}
