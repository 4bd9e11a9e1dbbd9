using System.Net;
using System.Text.RegularExpressions;
using Homeward.Data.Cases;
using Homeward.Data.Registry;
using Homeward.Registry.Cases;
using Homeward.Registry.Names;
using Homeward.Testing;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Homeward.Web.Tests;

/// <summary>
/// The lab analysts' sample pages (genotypes, custody, match LRs; no names; audited) and the pedigree on
/// the match review (inline SVG without style; relatives' names only for the roles that see them), over a
/// family whose relatives carry names of their own and its true child, matched by the registry store.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class LabPagesTests(WebApp app)
{
    private const string MotherName = "韩梅梅";
    private const string FatherName = "王建国";
    private static readonly SemaphoreSlim Seeding = new(1, 1);
    private static (string MatchId, Family Family)? _seeded;

    [Fact]
    public async Task A_lab_analyst_sees_the_genotypes_custody_and_per_marker_LRs_of_a_sample_under_codes_only()
    {
        var (matchId, family) = await SeedAsync();
        using var client = await app.SignedInAsync("lab-analyst");
        var page = await client.GetStringAsync("/Lab/Samples/S-9101-M");

        var mother = family.Profiles.Single(p => p.SampleCode == "S-9101-M");
        foreach (var (marker, genotype) in mother.Loci)
        {
            page.ShouldMatch($"<td>{marker}</td><td class=\"allele\">{Regex.Escape(genotype.First.ToString())}</td><td class=\"allele\">{Regex.Escape(genotype.Second.ToString())}</td>");
        }

        page.ShouldContain("R-9101");
        page.ShouldContain($"href=\"/Matches/Review/{matchId}\"");
        page.ShouldContain("collector");
        page.ShouldContain("seal 42");
        page.ShouldContain("Goldeneye 20A");
        page.ShouldNotContain(MotherName);
        page.ShouldNotContain("李小龙", customMessage: "the case's name is never shown with genotypes");
        page.ShouldNotContain("Xiaolong");
        page.ShouldNotContain("<script");
        page.ShouldNotContain(" style=");

        var match = (await (await app.Services.GetRequiredService<Homeward.Web.Matching.MatchRegistry>().StoreAsync()).GetMatchAsync(matchId, "test"))!;
        foreach (var marker in match.Match.Score!.Markers)
        {
            page.ShouldContain(Homeward.Web.Pages.Matches.MatchText.Lr(marker.LikelihoodRatio));
        }
    }

    [Fact]
    public async Task The_search_finds_by_code_lab_kit_and_date_and_every_read_is_audited()
    {
        await SeedAsync();
        using var client = await app.SignedInAsync("lab-analyst");
        var list = await client.GetStringAsync("/Lab/Samples?code=s-9101&lab=lab-1&kit=Goldeneye&collected=2024-02-01");
        list.ShouldContain("href=\"/Lab/Samples/S-9101-F\"");
        list.ShouldContain("href=\"/Lab/Samples/S-9101-M\"");
        list.ShouldNotContain("href=\"/Lab/Samples/S-FC-9101\"");
        (await client.GetStringAsync("/Lab/Samples?code=s-9101&collected=2024-02-02")).ShouldNotContain("S-9101-M");
        (await client.GetAsync("/Lab/Samples/NO-SUCH")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await client.GetStringAsync("/Lab/Samples/S-FC-9101");

        var log = await app.Services.GetRequiredService<CaseDirectory>().AuditLogAsync(1, 200);
        var mine = log.Items.Where(a => a.Actor == "web:" + WebApp.UserOf("lab-analyst") && a.EntityType == "sample").ToList();
        mine.ShouldContain(a => a.Action == "search" && a.Details.Contains("S-9101-M", StringComparison.Ordinal));
        mine.ShouldContain(a => a.Action == "read" && a.EntityId == "S-FC-9101" && a.Details.Contains("\"genotypes\":true", StringComparison.Ordinal));
        mine.ShouldContain(a => a.Action == "read" && a.EntityId == "NO-SUCH" && a.Details.Contains("\"found\":false", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_hand_over_is_recorded_from_the_holder_and_a_broken_chain_is_refused_with_422()
    {
        await SeedAsync();
        using var client = await app.SignedInAsync("lab-analyst");
        var path = "/Lab/Samples/S-9101-F";
        var refused = await WebApp.PostFormAsync(client, path + "?handler=Custody", new() { ["at"] = "2024-02-20T10:00", ["from"] = "someone else", ["to"] = "freezer 2", ["note"] = "x" }, path);
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("held by lab-1");

        var recorded = await WebApp.PostFormAsync(client, path + "?handler=Custody", new() { ["at"] = "2024-02-20T10:00", ["from"] = "lab-1", ["to"] = "freezer 2", ["note"] = "box 7" }, path);
        recorded.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await client.GetStringAsync(path);
        page.ShouldContain("<td>2024-02-20 10:00</td><td>lab-1</td><td>freezer 2</td><td>box 7</td>");

        var log = await app.Services.GetRequiredService<CaseDirectory>().AuditLogAsync(1, 200);
        log.Items.ShouldContain(a => a.Action == "custody" && a.EntityId == "S-9101-F" && a.Actor == "web:" + WebApp.UserOf("lab-analyst"));
    }

    [Theory]
    [InlineData("investigator", true)]
    [InlineData("caseworker", true)]
    [InlineData("lab-analyst", false)]
    [InlineData("administrator", false)]
    public async Task The_review_draws_the_pedigree_as_svg_without_style_and_names_relatives_only_for_roles_that_see_names(string role, bool names)
    {
        var (matchId, _) = await SeedAsync();
        using var client = await app.SignedInAsync(role);
        var page = await client.GetStringAsync($"/Matches/Review/{matchId}");
        var svg = PedigreePattern().Match(page);

        svg.Success.ShouldBeTrue("the pedigree is drawn");
        svg.Value.ShouldContain("missing child");
        svg.Value.ShouldContain("= found child FC-9101");
        svg.Value.ShouldContain(">mother<");
        svg.Value.ShouldContain(">father<");
        svg.Value.ShouldContain("class=\"person typed\"");
        page.ShouldNotContain(" style=");
        page.ShouldNotContain("<style");
        if (names)
        {
            svg.Value.ShouldContain(MotherName);
            svg.Value.ShouldContain(FatherName);
        }
        else
        {
            page.ShouldNotContain(MotherName);
            page.ShouldNotContain(FatherName);
            svg.Value.ShouldContain(">S-9101-M<");
        }
    }

    [Fact]
    public async Task The_pedigree_speaks_chinese()
    {
        var (matchId, _) = await SeedAsync();
        using var client = await app.SignedInAsync("investigator");
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");
        var svg = PedigreePattern().Match(await client.GetStringAsync($"/Matches/Review/{matchId}")).Value;
        svg.ShouldContain(">母亲<");
        svg.ShouldContain(">父亲<");
        svg.ShouldContain(">失踪儿童<");
        svg.ShouldContain("未分型");
    }

    [Fact]
    public async Task Only_lab_analysts_get_the_lab_link()
    {
        using var analyst = await app.SignedInAsync("lab-analyst");
        (await analyst.GetStringAsync("/")).ShouldContain("href=\"/Lab/Samples\"");
        using var admin = await app.SignedInAsync("administrator");
        (await admin.GetStringAsync("/")).ShouldNotContain("href=\"/Lab/Samples\"");
    }

    private async Task<(string MatchId, Family Family)> SeedAsync()
    {
        await Seeding.WaitAsync();
        try
        {
            if (_seeded is null)
            {
                var store = (await RegistryStore.OpenAsync(app.Settings, new RegistryStoreOptions { Kinship = RegistryScenario.Kinship() })).Value;
                var scenario = new RegistryScenario(11);
                var drawn = scenario.NewFamily("R-9101");
                var family = drawn with { Donors = [.. drawn.Donors.Select(d => Named(d, d.Role == Homeward.Kinship.FamilyRole.Mother ? MotherName : FatherName))] };
                await RegistryScenario.AddFamilyAsync(store, family);
                var outcome = await RegistryScenario.AddChildAsync(store, scenario.NewChild("FC-9101", family.ChildGenotypes));
                outcome.NewMatches.ShouldNotBeEmpty(string.Join("; ", outcome.Warnings));
                _seeded = (outcome.NewMatches[0], family);
            }

            return _seeded.Value;
        }
        finally
        {
            Seeding.Release();
        }
    }

    private static Donor Named(Donor d, string name) =>
        Donor.Create(d.Id, d.ReportId, d.Role, d.Sex, ChineseName.Create(name, null).Value, d.IsMinor, d.GuardianStatus, d.Consent, d.SampleCode).Value;

    [GeneratedRegex("<svg [^>]*class=\"pedigree\"[^>]*>.*?</svg>", RegexOptions.Singleline)]
    private static partial Regex PedigreePattern();
}
