using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Homeward.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Homeward.Web.BrowserTests;

/// <summary>
/// Issue 5's end-to-end flow in Chromium: a caseworker registers a found child on the form, a lab submits
/// its profile through the API, the match with the seeded report appears in the list, and an investigator
/// reviews it and moves it through the lifecycle to confirmed, reunited and the follow-up visits.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReunionFlowTests(BrowserApp app, ITestOutputHelper output)
{
    private const string ChildCode = "FC-0001";

    [BrowserFact]
    public async Task A_found_child_is_registered_matched_reviewed_reunited_and_followed_up()
    {
        await using var context = await app.NewContextAsync();
        var page = await context.NewPageAsync();

        // Signing in: an anonymous visitor is sent to the sign-in page.
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "01-login", output);
        await Session.SignInAsync(page, "caseworker");
        await Screenshots.SaveAsync(page, "02-dashboard", output);

        // The caseworker registers the found child through the form.
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Found children", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New found child", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "New found child", Exact = true })).ToBeVisibleAsync();
        await page.GetByLabel("Code", new() { Exact = true }).FillAsync(ChildCode);
        await page.GetByLabel("Sex", new() { Exact = true }).SelectOptionAsync("M");
        await page.GetByLabel("Found on", new() { Exact = true }).FillAsync("2023-06-01");
        await page.GetByLabel("Estimated birth year", new() { Exact = true }).FillAsync("2010");
        await page.GetByLabel("Institution", new() { Exact = true }).FillAsync("Fuzhou children's welfare home");
        await page.GetByLabel("Given name", new() { Exact = true }).FillAsync("小龙");
        await page.GetByLabel("Name in pinyin", new() { Exact = true }).FillAsync("Xiaolong");
        await page.GetByLabel("Last seen at", new() { Exact = true }).FillAsync("福建 Fuzhou");
        await page.GetByLabel("Description", new() { Exact = true }).FillAsync("scar on left hand");
        await Screenshots.SaveAsync(page, "03-found-child-form", output);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/FoundChildren/Detail/{ChildCode}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Found child {ChildCode}", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByText("No samples.")).ToBeVisibleAsync();
        await Session.SignOutAsync(page);

        string matchId;

        // The lab submits the child's profile with its key (the child is the seeded parents' true child).
        await using (var lab = await app.Playwright.APIRequest.NewContextAsync(new()
        {
            BaseURL = app.BaseUrl,
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + app.LabKey },
        }))
        {
            var submitted = await lab.PostAsync("/api/v1/profiles", new()
            {
                DataString = BrowserApp.ProfileLine(ChildCode, "M", app.FlowChildGenotypes) + "\n",
                Headers = new Dictionary<string, string> { ["Content-Type"] = "application/x-ndjson" },
            });
            submitted.Status.ShouldBe(200, await submitted.TextAsync());
            // The submission is searched at once: the answer names the match it found.
            using var accepted = JsonDocument.Parse(await submitted.TextAsync());
            var newMatches = accepted.RootElement.GetProperty("newMatches").EnumerateArray().Select(m => m.GetString()!).ToArray();
            newMatches.Length.ShouldBe(1, accepted.RootElement.ToString());
            matchId = newMatches[0];
        }

        // The investigator finds the match in the list and reviews it.
        await Session.SignInAsync(page, "investigator");
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Matches", Exact = true }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = ChildCode });
        await Expect(row).ToContainTextAsync(BrowserApp.FlowReport);
        await Expect(row).ToContainTextAsync("Potential");
        await Screenshots.SaveAsync(page, "04-matches", output);
        await row.GetByRole(AriaRole.Link, new() { Name = matchId, Exact = true }).ClickAsync();
        await ExpectStateAsync(page, "Potential");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Found child {ChildCode}", Level = 2 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Report {BrowserApp.FlowReport}", Level = 2 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "D3S1358", Exact = true })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "05-match-review", output);

        await StepAsync(page, "StartReview", "DNA LR and descriptions agree", "UnderReview");
        await StepAsync(page, "RequestConfirmatoryTest", "second lab, extended kit", "ConfirmatoryTestRequested");
        await StepAsync(page, "Confirm", "second lab's result supports maternity and paternity", "Confirmed");
        await StepAsync(page, "BeginVerification", "best-interest checks before reunion", "Verification");
        foreach (var check in new[] { "CaregiverWillingAndAble", "ChildWishes", "StoriesAgree", "FamilyNotSeller" })
        {
            await page.Locator("#check").SelectOptionAsync(check);
            await Expect(page.GetByLabel("Passed")).ToBeCheckedAsync();
            await StepAsync(page, "RecordCheck", $"{check} checked by the caseworker", "Verification");
            await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "RecordCheck " + check })).ToBeVisibleAsync();
        }

        await StepAsync(page, "Reunite", "all four checks passed", "Reunited");
        await StepAsync(page, "StartFollowUps", "visits scheduled", "FollowUpsDue");

        // The first scheduled visit is recorded.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Follow-up visits" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Record visit 1" })).ToBeVisibleAsync();
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.Locator("#visitedOn").FillAsync(today);
        await page.Locator("#notes").FillAsync("settling in at home, attending school");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        var firstVisit = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "settling in at home" });
        await Expect(firstVisit).ToContainTextAsync(today);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Record visit 2" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "06-follow-ups", output);

        await page.GetByRole(AriaRole.Link, new() { Name = "Dashboard", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Matches by state" })).ToBeVisibleAsync();
        await Session.SignOutAsync(page);
        await page.GotoAsync($"/Matches/Review/{matchId}");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
    }

    /// <summary>Fills the reason of <paramref name="action"/>'s form, submits it, and waits for the new state.</summary>
    private static async Task StepAsync(IPage page, string action, string reason, string state)
    {
        await page.Locator($"#reason-{action}").FillAsync(reason);
        await page.GetByRole(AriaRole.Button, new() { Name = action, Exact = true }).ClickAsync();
        await ExpectStateAsync(page, state);
        await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = reason })).ToContainTextAsync(action);
    }

    private static async Task ExpectStateAsync(IPage page, string state) =>
        await Expect(page.Locator("h1 .muted")).ToHaveTextAsync(state);
}
