using System.Net;
using Homeward.Data.Cases;
using Homeward.Data.Registry;
using Homeward.Registry.Cases;
using Homeward.Testing;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Homeward.Web.Tests;

/// <summary>
/// The retention page on its own application (a run deletes data): the preview is a dry run that deletes
/// nothing, the run deletes what it listed (audited), and a legal hold set on the page keeps a case whole.
/// </summary>
public sealed class RetentionPagesTests : IAsyncLifetime
{
    private const string Path = "/Admin/Retention";
    private readonly WebApp _app = new();
    private RegistryStore _store = null!;

    public async Task InitializeAsync()
    {
        await _app.InitializeAsync();
        _store = (await RegistryStore.OpenAsync(_app.Settings, new RegistryStoreOptions { Kinship = RegistryScenario.Kinship() })).Value;
        var scenario = new RegistryScenario(23);
        await RegistryScenario.AddFamilyAsync(_store, scenario.NewFamily("R-9201"));
        await RegistryScenario.AddFamilyAsync(_store, scenario.NewFamily("R-9202", mother: ConsentScopes.Evidence));
        await RegistryScenario.AddFamilyAsync(_store, scenario.NewFamily("R-9203", mother: ConsentScopes.None));
    }

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task The_preview_deletes_nothing_and_the_run_deletes_what_it_listed()
    {
        using var client = await _app.SignedInAsync("administrator");

        var preview = await client.GetStringAsync(Path);

        preview.ShouldContain("S-9202-M");
        preview.ShouldContain("S-9203-M");
        preview.ShouldContain("ConsentWithdrawn");
        preview.ShouldNotContain("S-9201-M");
        preview.ShouldContain("<td>90</td>");
        (await SampleOfAsync("R-9202", "P-9202-M")).ShouldBe("S-9202-M", "a preview deletes nothing");

        var run = await WebApp.PostFormAsync(client, Path + "?handler=Run", [], Path);

        run.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        run.Headers.Location!.ToString().ShouldBe(Path + "?deleted=2");
        (await SampleOfAsync("R-9202", "P-9202-M")).ShouldBeNull();
        (await SampleOfAsync("R-9203", "P-9203-M")).ShouldBeNull();
        (await SampleOfAsync("R-9201", "P-9201-M")).ShouldBe("S-9201-M", "a consenting relative's profile stays");
        var after = await client.GetStringAsync(Path + "?deleted=2");
        after.ShouldNotContain("S-9202-M");
        after.ShouldContain("2 deletion(s) carried out");
        var audit = (await _app.Services.GetRequiredService<CaseDirectory>().AuditLogAsync(1, 200)).Items;
        audit.Where(e => e.Action == "delete").Select(e => e.EntityId).ShouldBe(["S-9202-M", "S-9203-M"], ignoreOrder: true);
        audit.Where(e => e.Action == "delete").ShouldAllBe(e => e.Actor == "web:administrator@homeward.test" && e.EntityType == "relative-profile");
        audit.ShouldContain(e => e.Action == "read" && e.EntityType == "retention" && e.EntityId == "dry-run");
    }

    [Fact]
    public async Task A_legal_hold_set_on_the_page_keeps_the_case_and_needs_a_reason()
    {
        using var client = await _app.SignedInAsync("administrator");

        var noReason = await WebApp.PostFormAsync(client, Path + "?handler=Hold", new() { ["report"] = "R-9203", ["hold"] = "true", ["reason"] = "" }, Path);
        var unknown = await WebApp.PostFormAsync(client, Path + "?handler=Hold", new() { ["report"] = "R-404", ["hold"] = "true", ["reason"] = "court order" }, Path);
        var held = await WebApp.PostFormAsync(client, Path + "?handler=Hold", new() { ["report"] = "R-9203", ["hold"] = "true", ["reason"] = "court order 2024-17" }, Path);

        noReason.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        unknown.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await unknown.Content.ReadAsStringAsync()).ShouldContain("no such report");
        held.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await client.GetStringAsync(Path);
        page.ShouldNotContain("S-9203-M");
        page.ShouldContain("S-9202-M");
        (await WebApp.PostFormAsync(client, Path + "?handler=Run", [], Path)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await SampleOfAsync("R-9203", "P-9203-M")).ShouldBe("S-9203-M", "the legal hold keeps the profile");
        (await SampleOfAsync("R-9202", "P-9202-M")).ShouldBeNull();
        var audit = (await _app.Services.GetRequiredService<CaseDirectory>().AuditLogAsync(1, 200)).Items;
        audit.ShouldContain(e => e.Action == "update" && e.EntityType == "report" && e.EntityId == "R-9203" && e.Details.Contains("court order 2024-17"));

        var lifted = await WebApp.PostFormAsync(client, Path + "?handler=Hold", new() { ["report"] = "R-9203", ["hold"] = "false", ["reason"] = "order lifted" }, Path);
        lifted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetStringAsync(Path)).ShouldContain("S-9203-M");
    }

    [Fact]
    public async Task Only_administrators_may_run_it()
    {
        using var caseworker = await _app.SignedInAsync("caseworker");
        var response = await caseworker.PostAsync(Path + "?handler=Run", new FormUrlEncodedContent([]));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/Account/AccessDenied");
        (await SampleOfAsync("R-9202", "P-9202-M")).ShouldBe("S-9202-M");
    }

    private async Task<string?> SampleOfAsync(string report, string donor) =>
        (await _store.ReadConsentAsync(report, "test"))!.Donors.Single(d => d.Id == donor).SampleCode;
}
