using System.Net;
using System.Text.RegularExpressions;
using Homeward.Data.Cases;
using Homeward.Data.Registry;
using Homeward.Testing;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Homeward.Web.Tests;

/// <summary>
/// The operations pages on operation OP-9002, seeded through RegistryStore as the demo stores its operation:
/// FC-9002 (typed, the true child of report R-9002, so matched) and FC-9003 (recorded on the form, no DNA).
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class OperationPagesTests(WebApp app)
{
    private const string Operation = "OP-9002";
    private static readonly SemaphoreSlim Seeding = new(1, 1);
    private static string? _matchId;

    [Fact]
    public async Task The_list_counts_the_children_their_dna_matches_and_reunions()
    {
        await SeedAsync();
        using var client = await app.SignedInAsync("lab-analyst");
        var page = await client.GetStringAsync("/Operations");
        var row = Row(page, Operation);
        row.ShouldContain("<a href=\"/Operations/Detail/OP-9002\">OP-9002</a>");
        row.ShouldContain("福建、广东");
        row.ShouldContain("<td>5</td><td>2</td><td>1</td><td>1</td><td>0</td>", Case.Sensitive, "arrests, children, DNA typed, with a match, reunited");
        page.ShouldNotContain("/Operations/Edit", Case.Sensitive, "lab analysts do not write cases");
        page.ShouldNotContain("<script");
    }

    [Fact]
    public async Task The_detail_shows_the_children_with_dna_and_best_match_and_audits_the_codes_shown()
    {
        var matchId = await SeedAsync();
        using var client = await app.SignedInAsync("investigator");
        var page = await client.GetStringAsync($"/Operations/Detail/{Operation}");
        page.ShouldContain("Raid on two provinces");
        var typed = Row(page, "FC-9002");
        typed.ShouldContain("href=\"/FoundChildren/Detail/FC-9002\"");
        typed.ShouldContain("<td>Yes</td>");
        typed.ShouldContain($"href=\"/Matches/Review/{matchId}\"");
        typed.ShouldContain("potential");
        typed.ShouldContain("<td>12–14</td>");
        var recorded = Row(page, "FC-9003");
        recorded.ShouldContain("<td>No</td>");
        recorded.ShouldContain("Fuzhou Home");
        recorded.ShouldContain("<td>2–3</td>");
        (await client.GetAsync("/Operations/Detail/OP-404")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var log = await app.Services.GetRequiredService<CaseDirectory>().AuditLogAsync(1, 200);
        var read = log.Items.First(a => a is { Action: "read", EntityType: "operation", EntityId: Operation } && a.Actor == "web:" + WebApp.UserOf("investigator"));
        read.Details.ShouldContain("\"codes\":[\"FC-9002\",\"FC-9003\"]");
        read.Details.ShouldNotContain("小红");
    }

    [Fact]
    public async Task Invalid_fields_are_shown_next_to_each_field_and_nothing_is_stored_then_a_valid_form_creates_and_edits()
    {
        using var client = await app.SignedInAsync("caseworker");
        var invalid = await WebApp.PostFormAsync(client, "/Operations/Edit", new()
        {
            ["Form.Code"] = "OP 77!",
            ["Form.Name"] = "Raid",
            ["Form.StartedOn"] = "",
            ["Form.Provinces"] = "福建, Atlantis",
            ["Form.Arrests"] = "-1",
            ["Form.Rings"] = "ring 1",
        });
        invalid.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await invalid.Content.ReadAsStringAsync();
        FieldError(page, "Code").ShouldStartWith("the code must be 1 to 64 letters");
        FieldError(page, "StartedOn").ShouldBe("the date is required");
        FieldError(page, "Provinces").ShouldBe("'Atlantis' is not a provincial unit of China");
        FieldError(page, "Arrests").ShouldBe("the number of arrests cannot be negative");
        FieldError(page, "Rings").ShouldStartWith("'ring 1' is not a ring id");
        page.ShouldContain("value=\"福建, Atlantis\"");
        (await app.Services.GetRequiredService<CaseDirectory>().OperationCodesAsync()).ShouldNotContain("OP 77!");

        var created = await WebApp.PostFormAsync(client, "/Operations/Edit", new()
        {
            ["Form.Code"] = "OP-77",
            ["Form.StartedOn"] = "2021-09-09",
            ["Form.Provinces"] = "sichuan、重庆",
            ["Form.Arrests"] = "4",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        created.Headers.Location!.ToString().ShouldBe("/Operations/Detail/OP-77");
        (await client.GetStringAsync("/Operations/Edit/OP-77")).ShouldContain("value=\"四川、重庆\"");
        var edited = await WebApp.PostFormAsync(client, "/Operations/Edit/OP-77", new()
        {
            ["Form.Code"] = "OP-77",
            ["Form.Name"] = "Autumn raid",
            ["Form.StartedOn"] = "2021-09-09",
            ["Form.Provinces"] = "四川",
            ["Form.Arrests"] = "9",
        });
        edited.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var detail = await client.GetStringAsync("/Operations/Detail/OP-77");
        detail.ShouldContain("Autumn raid");
        detail.ShouldContain("<td>9</td>");

        var log = await app.Services.GetRequiredService<CaseDirectory>().AuditLogAsync(1, 200);
        log.Items.Where(a => a.EntityId == "OP-77" && a.Actor == "web:" + WebApp.UserOf("caseworker")).Select(a => a.Action)
            .ShouldBe(["read", "update", "read", "read", "create"], "the detail, the edit, the form read before posting, the form shown after creating, the create");
    }

    [Fact]
    public async Task The_found_child_form_chooses_the_operation_and_refuses_an_unknown_one()
    {
        using var client = await app.SignedInAsync("investigator");
        var form = await client.GetStringAsync("/FoundChildren/Edit");
        form.ShouldContain($"<option value=\"{WebApp.SeedOperation}\">{WebApp.SeedOperation}</option>");
        var created = await WebApp.PostFormAsync(client, "/FoundChildren/Edit", new() { ["Form.Code"] = "FC-OP-1", ["Form.Sex"] = "F", ["Form.Operation"] = WebApp.SeedOperation });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetStringAsync("/FoundChildren/Detail/FC-OP-1")).ShouldContain($"<a href=\"/Operations/Detail/{WebApp.SeedOperation}\">");
        (await client.GetStringAsync("/FoundChildren/Edit/FC-OP-1")).ShouldContain($"<option value=\"{WebApp.SeedOperation}\" selected=\"selected\">");
        Row(await client.GetStringAsync($"/Operations/Detail/{WebApp.SeedOperation}"), "FC-OP-1").ShouldContain("<td>No</td>");

        var unknown = await WebApp.PostFormAsync(client, "/FoundChildren/Edit", new() { ["Form.Code"] = "FC-OP-2", ["Form.Sex"] = "F", ["Form.Operation"] = "OP-404" });
        unknown.StatusCode.ShouldBe(HttpStatusCode.OK);
        FieldError(await unknown.Content.ReadAsStringAsync(), "Operation").ShouldBe("there is no operation with the code OP-404");
        (await client.GetAsync("/FoundChildren/Detail/FC-OP-2")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_dashboard_counts_children_in_care_without_dna_per_operation()
    {
        await SeedAsync();
        using var client = await app.SignedInAsync("volunteer");
        var page = await client.GetStringAsync("/");
        page.ShouldContain("Children in care without DNA, by operation");
        Row(page, Operation).ShouldContain("<td>1</td>");
    }

    /// <summary>The table row of a page whose text contains <paramref name="code"/>.</summary>
    private static string Row(string page, string code)
    {
        var row = RowPattern().Matches(page).Select(m => m.Value).FirstOrDefault(r => r.Contains(">" + code + "<", StringComparison.Ordinal));
        row.ShouldNotBeNull($"no row for {code}");
        return row;
    }

    /// <summary>The validation message shown next to the form field <paramref name="field"/>.</summary>
    private static string FieldError(string page, string field)
    {
        var match = Regex.Match(page, $"<span class=\"[^\"]*\" data-valmsg-for=\"Form.{field}\"[^>]*>([^<]*)</span>");
        match.Success.ShouldBeTrue($"no message next to {field}");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    private async Task<string> SeedAsync()
    {
        await Seeding.WaitAsync();
        try
        {
            if (_matchId is null)
            {
                var store = (await RegistryStore.OpenAsync(app.Settings, new RegistryStoreOptions { Kinship = RegistryScenario.Kinship() })).Value;
                (await store.AddOperationAsync(Homeward.Registry.Cases.Operation.Create(Operation, new DateOnly(2023, 6, 1), ["福建", "广东"], 5, null, null).Value, "police"))
                    .IsSuccess.ShouldBeTrue();
                var scenario = new RegistryScenario(9002);
                var family = scenario.NewFamily("R-9002");
                await RegistryScenario.AddFamilyAsync(store, family);
                var outcome = await RegistryScenario.AddChildAsync(store, scenario.NewChild("FC-9002", family.ChildGenotypes, Operation));
                outcome.NewMatches.ShouldNotBeEmpty(string.Join("; ", outcome.Warnings));
                var cases = app.Services.GetRequiredService<CaseDirectory>();
                (await cases.UpdateOperationAsync(Operation, new OperationInput(Operation, "Raid on two provinces", new DateOnly(2023, 6, 1), ["福建", "广东"], 5, []), "police"))
                    .IsSuccess.ShouldBeTrue();
                (await cases.CreateFoundChildAsync(
                    new FoundChildInput("FC-9003", "F", new DateOnly(2023, 6, 1), 2020, "Fuzhou Home", new PersonDetails(GivenName: "小红"), Operation), "worker"))
                    .IsSuccess.ShouldBeTrue();
                _matchId = outcome.NewMatches[0];
            }

            return _matchId;
        }
        finally
        {
            Seeding.Release();
        }
    }

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();
}
