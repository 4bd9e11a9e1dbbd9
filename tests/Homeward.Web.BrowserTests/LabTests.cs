using System.Text.RegularExpressions;
using Homeward.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Homeward.Web.BrowserTests;

/// <summary>A lab analyst finds a sample by its code, reads its genotypes with the match's per-marker LRs, and sees the pedigree on the review.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LabTests(BrowserApp app, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task A_lab_analyst_finds_a_sample_reads_its_genotypes_and_sees_the_pedigree_of_its_match()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await Session.SignInAsync(page, "lab-analyst");

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Lab samples", Exact = true }).ClickAsync();
        await page.GetByLabel("Sample code").FillAsync("s-0002-m");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "S-0002-M", Exact = true }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/Lab/Samples/S-0002-M$"));
        await Expect(page.Locator("table.genotypes")).ToContainTextAsync("D3S1358");
        await Expect(page.Locator("table.genotypes th").Filter(new() { HasText = app.SeededMatchId })).ToBeVisibleAsync();
        await Expect(page.GetByText(BrowserApp.SeededReport, new() { Exact = true })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "09-lab-sample", output);

        await page.Locator("table.genotypes th a").First.ClickAsync();
        await Expect(page.Locator("svg.pedigree")).ToBeVisibleAsync();
        await Expect(page.Locator("svg.pedigree g.missing-child")).ToHaveCountAsync(1);
        await Expect(page.Locator("svg.pedigree")).ToContainTextAsync("S-0002-M");
    }
}
