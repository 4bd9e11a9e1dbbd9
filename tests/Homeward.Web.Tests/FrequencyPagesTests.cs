using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Homeward.Data.Registry;
using Homeward.Testing;
using Homeward.Web.Tests.Infrastructure;

namespace Homeward.Web.Tests;

/// <summary>
/// The frequency tables page on its own application (putting a table in force changes every score): a bad
/// upload is refused with every line, a good one is stored, and putting it in force re-scores the stored
/// match with it.
/// </summary>
public sealed partial class FrequencyPagesTests : IAsyncLifetime
{
    private const string Path = "/Admin/Frequencies";
    private readonly WebApp _app = new();
    private RegistryStore _store = null!;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        _store = (await RegistryStore.OpenAsync(_app.Settings, new RegistryStoreOptions { Kinship = RegistryScenario.Kinship() })).Value;
        var scenario = new RegistryScenario(29);
        var family = scenario.NewFamily("R-9301");
        await RegistryScenario.AddFamilyAsync(_store, family);
        (await RegistryScenario.AddChildAsync(_store, scenario.NewChild("FC-9301", family.ChildGenotypes))).NewMatches.ShouldBe(["M-1"]);
    }

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_bad_table_is_refused_with_its_lines_and_nothing_is_stored()
    {
        using var client = await _app.SignedInAsync("administrator");
        const string bad = "marker,allele,frequency\nTH01,6,0.25\nTH01,7,x\nTH01,6,0.5\nvWA,16,2\n";

        var response = await UploadAsync(client, "bad-table", "a test", "bad.csv", bad);

        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        page.ShouldContain("bad.csv:3: frequency 'x' is not a number");
        page.ShouldContain("bad.csv:4: marker TH01: allele 6 is listed twice");
        page.ShouldContain("bad.csv:5: marker vWA, allele 16");
        page.ShouldContain("bad.csv:2: marker TH01: frequencies sum to 0.25");
        (await client.GetStringAsync(Path)).ShouldNotContain("bad-table");
    }

    [Fact]
    public async Task Putting_a_table_in_force_re_scores_the_stored_matches_with_it()
    {
        using var client = await _app.SignedInAsync("administrator");
        var before = (await _store.GetMatchAsync("M-1", "test"))!.Match.Score!;
        var csv = await File.ReadAllTextAsync(TestData.FrequencyFile("nist1036-cauc.csv"));

        var uploaded = await UploadAsync(client, "nist1036-cauc", "NIST 1036 Caucasian (Hill et al.)", "nist1036-cauc.csv", csv);
        uploaded.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var list = await client.GetStringAsync(Path);
        list.ShouldContain("nist1036-cauc");
        (await client.GetStringAsync(Path + "?table=nist1036-cauc&marker=TH01")).ShouldContain("<h3>TH01</h3>");
        (await client.GetAsync(Path + "?table=no-such")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var put = await WebApp.PostFormAsync(client, Path + "?handler=InForce", new() { ["name"] = "nist1036-cauc" }, Path);

        put.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        put.Headers.Location!.ToString().ShouldStartWith(Path + "?inForce=nist1036-cauc&rescored=1&changed=1&flagged=");
        var after = (await _store.GetMatchAsync("M-1", "test"))!.Match.Score!;
        after.FrequencyTable.ShouldBe("nist1036-cauc");
        after.DnaLikelihoodRatio.ShouldNotBe(before.DnaLikelihoodRatio);
        var again = await WebApp.PostFormAsync(client, Path + "?handler=InForce", new() { ["name"] = "nist1036-cauc" }, Path);
        again.Headers.Location!.ToString().ShouldContain("&changed=0&", customMessage: "the same table again changes no score");
        InForcePattern().IsMatch(await client.GetStringAsync(Path)).ShouldBeTrue();
    }

    [Fact]
    public async Task Only_administrators_may_upload()
    {
        using var investigator = await _app.SignedInAsync("investigator");
        var response = await investigator.PostAsync(Path + "?handler=Upload", new MultipartFormDataContent());
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/Account/AccessDenied");
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string name, string citation, string fileName, string csv)
    {
        var page = await client.GetStringAsync(Path);
        var token = TokenPattern().Match(page).Groups[1].Value;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token)), "__RequestVerificationToken" },
            { new StringContent(name), "name" },
            { new StringContent(citation), "citation" },
        };
        var file = new StringContent(csv);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        return await client.PostAsync(Path + "?handler=Upload", form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("In force:\\s*<strong>nist1036-cauc</strong>")]
    private static partial Regex InForcePattern();
}
