using System.Net;
using System.Text.RegularExpressions;
using Homeward.Data.Registry;
using Homeward.Testing;
using Homeward.Web.Tests.Infrastructure;

namespace Homeward.Web.Tests;

/// <summary>The match list and review page over a match the registry store found (a family and its true child).</summary>
[Collection(WebCollection.Name)]
public sealed partial class MatchPagesTests(WebApp app)
{
    private static readonly SemaphoreSlim Seeding = new(1, 1);
    private static string? _matchId;

    [Fact]
    public async Task The_list_filters_by_state_and_links_to_the_review()
    {
        var id = await SeedAsync();
        using var client = await app.SignedInAsync("lab-analyst");
        (await client.GetStringAsync("/Matches")).ShouldContain($"/Matches/Review/{id}");
        (await client.GetStringAsync("/Matches?state=Excluded")).ShouldNotContain($"/Matches/Review/{id}");
    }

    [Fact]
    public async Task The_review_shows_both_sides_the_markers_and_the_steps()
    {
        var id = await SeedAsync();
        using var client = await app.SignedInAsync("investigator");
        var page = await client.GetStringAsync($"/Matches/Review/{id}");
        page.ShouldContain("R-9001");
        page.ShouldContain("FC-9001");
        page.ShouldContain("李小龙");
        page.ShouldContain("D3S1358");
        page.ShouldContain("<svg class=\"chart\"");
        page.ShouldContain("StartReview");
        page.ShouldNotContain("<script");
    }

    [Fact]
    public async Task A_step_on_a_stale_version_is_refused_with_409_and_a_refused_step_with_422()
    {
        var id = await SeedAsync();
        using var client = await app.SignedInAsync("caseworker");
        var page = await client.GetStringAsync($"/Matches/Review/{id}");
        var version = VersionPattern().Match(page).Groups[1].Value;
        var stepped = await WebApp.PostFormAsync(client, $"/Matches/Review/{id}?handler=Act", new() { ["action"] = "StartReview", ["version"] = version, ["reason"] = "DNA strong" }, $"/Matches/Review/{id}");
        stepped.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetStringAsync($"/Matches/Review/{id}")).ShouldContain("UnderReview");

        var stale = await WebApp.PostFormAsync(client, $"/Matches/Review/{id}?handler=Act", new() { ["action"] = "Exclude", ["version"] = version, ["reason"] = "old page" }, $"/Matches/Review/{id}");
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("Someone changed this match");

        var current = VersionPattern().Match(await client.GetStringAsync($"/Matches/Review/{id}")).Groups[1].Value;
        var refused = await WebApp.PostFormAsync(client, $"/Matches/Review/{id}?handler=Act", new() { ["action"] = "Reunite", ["version"] = current, ["reason"] = "too early" }, $"/Matches/Review/{id}");
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Volunteers_cannot_see_matches()
    {
        var id = await SeedAsync();
        using var client = await app.SignedInAsync("volunteer");
        (await client.GetAsync($"/Matches/Review/{id}")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/Matches")).Headers.Location!.AbsolutePath.ShouldBe("/Account/AccessDenied");
    }

    private async Task<string> SeedAsync()
    {
        await Seeding.WaitAsync();
        try
        {
            if (_matchId is null)
            {
                var store = (await RegistryStore.OpenAsync(app.Settings, new RegistryStoreOptions { Kinship = RegistryScenario.Kinship() })).Value;
                var scenario = new RegistryScenario(7);
                var family = scenario.NewFamily("R-9001");
                await RegistryScenario.AddFamilyAsync(store, family);
                var outcome = await RegistryScenario.AddChildAsync(store, scenario.NewChild("FC-9001", family.ChildGenotypes));
                outcome.NewMatches.ShouldNotBeEmpty(string.Join("; ", outcome.Warnings));
                _matchId = outcome.NewMatches[0];
            }

            return _matchId;
        }
        finally
        {
            Seeding.Release();
        }
    }

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex VersionPattern();
}
