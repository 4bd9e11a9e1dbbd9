using System.Text.RegularExpressions;
using Homeward.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Homeward.Web.BrowserTests;

/// <summary>Operations in Chromium: an investigator records an operation, a child rescued by it, and opens its page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class OperationTests(BrowserApp app, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task An_operation_is_recorded_a_child_is_rescued_by_it_and_its_page_lists_the_child()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await Session.SignInAsync(page, "investigator");

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Operations", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New operation", Exact = true }).ClickAsync();
        await page.GetByLabel("Code", new() { Exact = true }).FillAsync("OP-B-1");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Raid in Fujian");
        await page.GetByLabel("Date", new() { Exact = true }).FillAsync("2023-05-30");
        await page.GetByLabel("Provinces (comma-separated; Chinese or pinyin)", new() { Exact = true }).FillAsync("fujian, 广东");
        await page.GetByLabel("Arrests", new() { Exact = true }).FillAsync("6");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Operations/Detail/OP-B-1$"));

        await page.GotoAsync("/FoundChildren/Edit");
        await page.GetByLabel("Code", new() { Exact = true }).FillAsync("FC-B-OP");
        await page.GetByLabel("Found on", new() { Exact = true }).FillAsync("2023-06-01");
        await page.GetByLabel("Estimated birth year", new() { Exact = true }).FillAsync("2021");
        await page.GetByLabel("Operation", new() { Exact = true }).SelectOptionAsync("OP-B-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/FoundChildren/Detail/FC-B-OP$"));

        await page.GetByRole(AriaRole.Link, new() { Name = "OP-B-1", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "福建、广东", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "FC-B-OP" })).ToContainTextAsync("No");
        await Screenshots.SaveAsync(page, "09-operation", output);
    }
}
