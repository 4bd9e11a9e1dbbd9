using System.Net;
using Homeward.Web.Tests.Infrastructure;

namespace Homeward.Web.Tests;

/// <summary>English by default, Chinese from Accept-Language or the switch's cookie.</summary>
[Collection(WebCollection.Name)]
public sealed class LanguageTests(WebApp app)
{
    [Fact]
    public async Task English_by_default()
    {
        using var client = app.Anonymous();
        var page = await client.GetStringAsync("/Account/Login");
        page.ShouldContain("<h1>Sign in</h1>");
        page.ShouldContain("<html lang=\"en\">");
    }

    [Fact]
    public async Task Chinese_from_accept_language()
    {
        using var client = app.Anonymous("zh-CN,zh;q=0.9,en;q=0.5");
        var page = await client.GetStringAsync("/Account/Login");
        page.ShouldContain("<h1>登录</h1>");
        page.ShouldContain("电子邮箱");
        page.ShouldContain("<html lang=\"zh-CN\">");
    }

    [Fact]
    public async Task The_switch_sets_a_cookie_that_wins_over_the_browser()
    {
        using var client = await app.SignedInAsync("caseworker");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var switched = await WebApp.PostFormAsync(client, "/Language", new() { ["culture"] = "zh-CN", ["returnUrl"] = "/FoundChildren" }, "/");
        switched.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        switched.Headers.Location!.ToString().ShouldBe("/FoundChildren");
        var page = await client.GetStringAsync("/FoundChildren");
        page.ShouldContain("被解救儿童");
        page.ShouldContain("搜索");
        page.ShouldContain("<a href=\"/Matches\">匹配</a>", customMessage: "every link of the navigation is translated");

        var back = await WebApp.PostFormAsync(client, "/Language", new() { ["culture"] = "en", ["returnUrl"] = "https://evil.example/" }, "/");
        back.Headers.Location!.ToString().ShouldBe("/", "only local addresses are followed");
        (await client.GetStringAsync("/FoundChildren")).ShouldContain("Found children");
    }
}
