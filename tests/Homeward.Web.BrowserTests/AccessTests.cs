using System.Text.RegularExpressions;
using Homeward.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Homeward.Web.BrowserTests;

/// <summary>What a role sees in the browser: volunteers never reach a match; only lab analysts see genotypes.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessTests(BrowserApp app)
{
    [BrowserFact]
    public async Task A_volunteer_cannot_reach_the_matches_or_a_match_review()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        await Session.SignInAsync(page, "volunteer");
        await Expect(page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Matches", Exact = true })).ToHaveCountAsync(0);

        foreach (var path in new[] { "/Matches", $"/Matches/Review/{app.SeededMatchId}" })
        {
            await page.GotoAsync(path);
            await Expect(page).ToHaveURLAsync(new Regex("/Account/AccessDenied"));
            await Expect(page.GetByText(BrowserApp.SeededChild)).ToHaveCountAsync(0);
        }

        // The volunteers' own list is there, without names.
        await page.GetByRole(AriaRole.Link, new() { Name = "Public list", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = BrowserApp.SeededChild, Exact = true })).ToBeVisibleAsync();
    }

    [BrowserFact]
    public async Task A_lab_analyst_sees_the_genotypes_and_a_caseworker_does_not()
    {
        await using (var analyst = await app.NewContextAsync())
        {
            var page = await analyst.NewPageAsync();
            await Session.SignInAsync(page, "lab-analyst");
            await page.GotoAsync($"/FoundChildren/Detail/{BrowserApp.SeededChild}");
            await Expect(page.Locator("pre.genotypes")).ToContainTextAsync("D3S1358");
            await Expect(page.GetByText("Withheld (lab analysts only)")).ToHaveCountAsync(0);
        }

        await using var caseworker = await app.NewContextAsync();
        var other = await caseworker.NewPageAsync();
        await Session.SignInAsync(other, "caseworker");
        await other.GotoAsync($"/FoundChildren/Detail/{BrowserApp.SeededChild}");
        await Expect(other.GetByText("Withheld (lab analysts only)")).ToBeVisibleAsync();
        await Expect(other.Locator("pre.genotypes")).ToHaveCountAsync(0);
        await Expect(other.GetByText("D3S1358")).ToHaveCountAsync(0);
    }
}
