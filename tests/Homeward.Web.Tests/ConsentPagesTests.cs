using System.Net;
using Homeward.Data.Cases;
using Homeward.Data.Registry;
using Homeward.Registry.Cases;
using Homeward.Testing;
using Homeward.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Homeward.Web.Tests;

/// <summary>
/// The consent page of a report: relatives with their scopes and guardian status; a withdrawal recorded
/// on the web (reason required, audited) takes the relatives out of the search, while a family that still
/// consents is found.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ConsentPagesTests(WebApp app)
{
    private const string Path = "/Reports/Consent/R-9401";
    private static readonly SemaphoreSlim Seeding = new(1, 1);
    private static Family? _withdrawn;
    private static Family? _control;
    private static RegistryStore? _store;
    private static RegistryScenario? _scenario;

    [Fact]
    public async Task Withdrawing_identification_on_the_web_takes_the_relatives_out_of_the_search()
    {
        await SeedAsync();
        using var client = await app.SignedInAsync("caseworker");
        var page = await client.GetStringAsync(Path);
        page.ShouldContain("P-9401-M");
        page.ShouldContain("Domestic identification");
        page.ShouldContain("Legal guardian");

        foreach (var donor in new[] { "P-9401-M", "P-9401-F" })
        {
            var posted = await WebApp.PostFormAsync(client, Path, new() { ["donor"] = donor, ["scopes"] = "Evidence", ["reason"] = "withdrawn in writing, letter of 2024-03-02" });
            posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            posted.Headers.Location!.ToString().ShouldBe($"{Path}?saved={donor}");
        }

        var stored = (await _store!.ReadConsentAsync("R-9401", "test"))!;
        stored.Donors.ShouldAllBe(d => d.Consent.Scopes == Homeward.Registry.Cases.ConsentScopes.Evidence && d.Consent.RecordedBy == "web:caseworker@homeward.test");
        var lost = await RegistryScenario.AddChildAsync(_store, _scenario!.NewChild("FC-9401", _withdrawn!.ChildGenotypes));
        var found = await RegistryScenario.AddChildAsync(_store, _scenario.NewChild("FC-9402", _control!.ChildGenotypes));
        lost.NewMatches.ShouldBeEmpty(string.Join("; ", lost.Warnings));
        lost.Warnings.ShouldContain(w => w.Contains("P-9401-M") && w.Contains("no consent"));
        found.NewMatches.Count.ShouldBe(1, "the control family still consents and is found");

        var audit = await app.Services.GetRequiredService<CaseDirectory>().AuditLogAsync(1, 200);
        audit.Items.ShouldContain(e => e.Action == "update" && e.EntityType == "donor" && e.EntityId == "P-9401-M"
            && e.Actor == "web:caseworker@homeward.test" && e.Details.Contains("withdrawn in writing"));
    }

    [Fact]
    public async Task A_change_without_a_reason_is_refused_and_changes_nothing()
    {
        await SeedAsync();
        using var client = await app.SignedInAsync("administrator");
        var posted = await WebApp.PostFormAsync(client, "/Reports/Consent/R-9402", new() { ["donor"] = "P-9402-M", ["scopes"] = "Evidence", ["reason"] = " " });

        posted.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await posted.Content.ReadAsStringAsync()).ShouldContain("a reason is required");
        var stored = (await _store!.ReadConsentAsync("R-9402", "test"))!;
        stored.Donors.Single(d => d.Id == "P-9402-M").Consent.Scopes.ShouldBe(Homeward.Registry.Cases.ConsentScopes.DomesticIdentification);
    }

    [Fact]
    public async Task A_guardian_status_is_recorded_with_its_reason_and_audited()
    {
        await SeedAsync();
        using var client = await app.SignedInAsync("caseworker");
        (await client.GetStringAsync("/Reports/Consent/R-9402")).ShouldContain("Record guardian status");

        var refused = await WebApp.PostFormAsync(client, "/Reports/Consent/R-9402?handler=Guardian", new() { ["donor"] = "P-9402-F", ["status"] = "SuspectedOfSelling", ["reason"] = " " });
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await _store!.ReadConsentAsync("R-9402", "test"))!.Donors.Single(d => d.Id == "P-9402-F").GuardianStatus.ShouldNotBe(GuardianStatus.SuspectedOfSelling);

        var posted = await WebApp.PostFormAsync(client, "/Reports/Consent/R-9402?handler=Guardian", new() { ["donor"] = "P-9402-F", ["status"] = "SuspectedOfSelling", ["reason"] = "police report 2011-07: sold the child" });
        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        posted.Headers.Location!.ToString().ShouldBe("/Reports/Consent/R-9402?saved=P-9402-F");
        (await _store.ReadConsentAsync("R-9402", "test"))!.Donors.Single(d => d.Id == "P-9402-F").GuardianStatus.ShouldBe(GuardianStatus.SuspectedOfSelling);
        (await client.GetStringAsync("/Reports/Consent/R-9402")).ShouldContain("Suspected of selling the child");
        var audit = await app.Services.GetRequiredService<CaseDirectory>().AuditLogAsync(1, 200);
        audit.Items.ShouldContain(e => e.Action == "update" && e.EntityType == "donor" && e.EntityId == "P-9402-F"
            && e.Actor == "web:caseworker@homeward.test" && e.Details.Contains("sold the child", StringComparison.Ordinal) && e.Details.Contains("suspected-of-selling", StringComparison.Ordinal));

        using var investigator = await app.SignedInAsync("investigator");
        var denied = await investigator.PostAsync("/Reports/Consent/R-9402?handler=Guardian", new FormUrlEncodedContent(new Dictionary<string, string> { ["donor"] = "P-9402-F", ["status"] = "Guardian", ["reason"] = "x" }));
        denied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        denied.Headers.Location!.AbsolutePath.ShouldBe("/Account/AccessDenied");
    }

    [Fact]
    public async Task A_relative_of_another_report_or_an_unknown_report_is_404()
    {
        await SeedAsync();
        using var client = await app.SignedInAsync("caseworker");
        (await client.GetAsync("/Reports/Consent/NO-SUCH")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var posted = await WebApp.PostFormAsync(client, "/Reports/Consent/R-9402", new() { ["donor"] = "P-9401-M", ["reason"] = "wrong case" });
        posted.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Investigators_read_the_report_but_cannot_change_consent()
    {
        await SeedAsync();
        using var client = await app.SignedInAsync("investigator");
        (await client.GetStringAsync("/Reports/Detail/R-9402")).ShouldNotContain("/Reports/Consent/");
        using var caseworker = await app.SignedInAsync("caseworker");
        (await caseworker.GetStringAsync("/Reports/Detail/R-9402")).ShouldContain("/Reports/Consent/R-9402");
        var response = await client.PostAsync("/Reports/Consent/R-9402", new FormUrlEncodedContent(new Dictionary<string, string> { ["donor"] = "P-9402-M", ["reason"] = "x" }));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.AbsolutePath.ShouldBe("/Account/AccessDenied");
    }

    private async Task SeedAsync()
    {
        await Seeding.WaitAsync();
        try
        {
            if (_store is null)
            {
                var store = (await RegistryStore.OpenAsync(app.Settings, new RegistryStoreOptions { Kinship = RegistryScenario.Kinship() })).Value;
                _scenario = new RegistryScenario(17);
                _withdrawn = _scenario.NewFamily("R-9401");
                _control = _scenario.NewFamily("R-9402");
                await RegistryScenario.AddFamilyAsync(store, _withdrawn);
                await RegistryScenario.AddFamilyAsync(store, _control);
                _store = store;
            }
        }
        finally
        {
            Seeding.Release();
        }
    }
}
