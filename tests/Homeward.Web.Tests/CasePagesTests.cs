using System.Net;
using Homeward.Data.Cases;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Homeward.Web.Tests;

/// <summary>Creating, finding, reading and editing cases through the pages, and what each role sees.</summary>
[Collection(WebCollection.Name)]
public sealed class CasePagesTests(WebApp app)
{
    [Fact]
    public async Task A_found_child_created_on_the_form_is_found_by_name_pinyin_place_and_date()
    {
        using var client = await app.SignedInAsync("caseworker");
        var created = await WebApp.PostFormAsync(client, "/FoundChildren/Edit", new()
        {
            ["Form.Code"] = "FC-PAGE-1",
            ["Form.Sex"] = "M",
            ["Form.FoundOn"] = "2023-03-14",
            ["Form.EstimatedBirthYear"] = "2018",
            ["Form.Institution"] = "Kunming Children's Home",
            ["Form.Person.FamilyName"] = "王",
            ["Form.Person.GivenName"] = "小明",
            ["Form.Person.NameRomanised"] = "Wang Xiaoming",
            ["Form.Person.BirthPlace"] = "云南昭通",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        created.Headers.Location!.ToString().ShouldBe("/FoundChildren/Detail/FC-PAGE-1");

        foreach (var query in new[] { "王小明", "wangxiaoming", "Wang Xiao", "昭通", "kunming", "2023-03-14", "fc-page" })
        {
            var list = await client.GetStringAsync("/FoundChildren?q=" + Uri.EscapeDataString(query));
            list.ShouldContain("/FoundChildren/Detail/FC-PAGE-1", customMessage: query);
        }

        (await client.GetStringAsync("/FoundChildren?q=nomatch-zzz")).ShouldNotContain("FC-PAGE-1");
        var detail = await client.GetStringAsync("/FoundChildren/Detail/FC-PAGE-1");
        detail.ShouldContain("王小明");
        detail.ShouldContain("Kunming Children&#x27;s Home");
    }

    [Fact]
    public async Task Invalid_fields_are_shown_next_to_the_form_and_nothing_is_stored()
    {
        using var client = await app.SignedInAsync("investigator");
        var response = await WebApp.PostFormAsync(client, "/Reports/Edit", new()
        {
            ["Form.Code"] = "bad code!",
            ["Form.ReportedOn"] = "2999-01-01",
            ["Form.Person.FamilyName"] = "张",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.Content.ReadAsStringAsync();
        page.ShouldContain("the code must be 1 to 64 letters");
        page.ShouldContain("the date is in the future");
        page.ShouldContain("value=\"张\"");
        (await client.GetStringAsync("/Reports?q=" + Uri.EscapeDataString("张"))).ShouldNotContain("bad code");
    }

    [Fact]
    public async Task A_taken_code_is_refused_on_create()
    {
        using var client = await app.SignedInAsync("investigator");
        var response = await WebApp.PostFormAsync(client, "/Reports/Edit", new() { ["Form.Code"] = "R-1" });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("already exists");
    }

    [Fact]
    public async Task A_report_is_edited_and_every_read_and_change_is_audited()
    {
        using var client = await app.SignedInAsync("investigator");
        (await WebApp.PostFormAsync(client, "/Reports/Edit", new() { ["Form.Code"] = "R-EDIT", ["Form.Person.LastSeenPlace"] = "Guiyang" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var edited = await WebApp.PostFormAsync(client, "/Reports/Edit/R-EDIT", new() { ["Form.Code"] = "IGNORED", ["Form.Person.LastSeenPlace"] = "Zunyi" });
        edited.Headers.Location!.ToString().ShouldBe("/Reports/Detail/R-EDIT");
        (await client.GetStringAsync("/Reports/Detail/R-EDIT")).ShouldContain("Zunyi");

        var log = await app.Services.GetRequiredService<CaseDirectory>().AuditLogAsync(1, 200);
        var mine = log.Items.Where(a => a.Actor == "web:" + WebApp.UserOf("investigator") && a.EntityId == "R-EDIT").Select(a => a.Action).ToList();
        mine.ShouldContain("create");
        mine.ShouldContain("update");
        mine.ShouldContain("read");
    }

    [Fact]
    public async Task Genotypes_show_only_to_lab_analysts_on_the_pages()
    {
        using var analyst = await app.SignedInAsync("lab-analyst");
        (await analyst.GetStringAsync("/FoundChildren/Detail/Q-1")).ShouldContain("D3S1358");
        (await analyst.GetStringAsync("/Reports/Detail/R-1")).ShouldContain("D3S1358");

        using var investigator = await app.SignedInAsync("investigator");
        var page = await investigator.GetStringAsync("/FoundChildren/Detail/Q-1");
        page.ShouldContain("Q-1");
        page.ShouldNotContain("D3S1358");
        page.ShouldContain("Withheld (lab analysts only)");
    }

    [Fact]
    public async Task Volunteers_see_only_the_minimal_list()
    {
        using var writer = await app.SignedInAsync("caseworker");
        (await WebApp.PostFormAsync(writer, "/FoundChildren/Edit", new()
        {
            ["Form.Code"] = "FC-PUBLIC",
            ["Form.Sex"] = "F",
            ["Form.Institution"] = "Secret Shelter",
            ["Form.Person.FamilyName"] = "赵",
            ["Form.Person.NameRomanised"] = "Zhao Lan",
        })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var volunteer = await app.SignedInAsync("volunteer");
        var list = await volunteer.GetStringAsync("/Public");
        list.ShouldContain("FC-PUBLIC");
        list.ShouldNotContain("Zhao Lan");
        list.ShouldNotContain("赵");
        list.ShouldNotContain("Secret Shelter");
    }

    [Fact]
    public async Task The_dashboard_counts_and_draws_without_script()
    {
        using var client = await app.SignedInAsync("volunteer");
        var page = await client.GetStringAsync("/");
        page.ShouldContain("Missing-child reports");
        page.ShouldNotContain("<script");
    }
}
