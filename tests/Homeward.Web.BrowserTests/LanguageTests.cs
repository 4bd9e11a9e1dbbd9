using Homeward.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Homeward.Web.BrowserTests;

/// <summary>The header's language switch, in the browser: the pages turn to simplified Chinese and stay so.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LanguageTests(BrowserApp app, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task The_switch_turns_the_pages_to_Chinese()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await Session.SignInAsync(page, "caseworker");

        await page.GetByLabel("Language").SelectOptionAsync("zh-CN");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "概览", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");

        await page.GotoAsync("/FoundChildren/Edit");
        await Expect(page.GetByLabel("编号", new() { Exact = true })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "07-found-child-form-zh-CN", output);
    }
}
