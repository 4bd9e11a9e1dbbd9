using Homeward.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Homeward.Web.BrowserTests;

/// <summary>The ring page in Chromium: cytoscape.js (from npm, served from wwwroot/lib) draws the ring's graph.</summary>
[Collection(BrowserCollection.Name)]
public sealed class IntelGraphTests(BrowserApp app, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task An_investigator_sees_the_ring_graph_drawn_and_its_posts()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();
        var failures = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                failures.Add(message.Text);
            }
        };
        await Session.SignInAsync(page, "investigator");

        await page.GotoAsync($"/intel/rings/{Uri.EscapeDataString(app.SeededRingId)}");

        // cytoscape draws on canvases inside the container; an error would replace them with its message.
        await Expect(page.Locator("#ring-graph canvas").First).ToBeAttachedAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "p1", Exact = true }).First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "08-intel-ring", output);
        failures.ShouldBeEmpty();
    }
}
