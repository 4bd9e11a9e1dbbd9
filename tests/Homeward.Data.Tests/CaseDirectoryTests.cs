using Homeward.Data.Accounts;
using Homeward.Data.Audit;
using Homeward.Data.Cases;
using Homeward.Data.Tests.Infrastructure;
using static Homeward.Data.Tests.Infrastructure.Imports;

namespace Homeward.Data.Tests;

/// <summary>The web application's reads and writes of cases, and its API keys, on both providers.</summary>
public sealed class CaseDirectoryTests
{
    [Theory, DatabaseData]
    public async Task A_child_registered_on_the_web_is_matched_with_its_name_and_description(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var cases = new CaseDirectory(database.Settings, TimeProvider.System);
        var child = new FoundChildInput("FC-1", "M", new DateOnly(2011, 7, 20), 2009, "Nanning Home", new PersonDetails("李", "小明", "Li Xiaoming", Notes: "scar above the left eyebrow"));
        (await cases.CreateFoundChildAsync(child, "worker")).IsSuccess.ShouldBeTrue();
        (await cases.CreateFoundChildAsync(new FoundChildInput("FC-2", "F", new DateOnly(2011, 7, 20), 2010, null, new PersonDetails(GivenName: "Baby")), "worker")).IsSuccess.ShouldBeTrue();

        var store = (await Homeward.Data.Registry.RegistryStore.OpenAsync(database.Settings, new Homeward.Data.Registry.RegistryStoreOptions())).Value;
        var snapshot = await store.LoadSnapshotAsync("matcher");

        var loaded = snapshot.FoundChildren.Single(c => c.Id == "FC-1");
        loaded.KnownNames.Select(n => n.ToString()).ShouldBe(["李小明 (li xiaoming)"]);
        loaded.Description.ShouldBe("scar above the left eyebrow");
        snapshot.FoundChildren.Single(c => c.Id == "FC-2").KnownNames.ShouldBeEmpty("a name that is not Chinese is not weighed as one");
    }

    [Theory, DatabaseData]
    public async Task Cases_are_created_found_by_any_name_place_or_date_edited_and_audited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var cases = new CaseDirectory(database.Settings, TimeProvider.System);
        var child = new FoundChildInput("FC-1", "F", new DateOnly(2023, 3, 14), 2018, "Kunming Home", new PersonDetails("王", "小红", "Wang Xiaohong", BirthPlace: "云南昭通"));
        (await cases.CreateFoundChildAsync(child, "worker")).IsSuccess.ShouldBeTrue();
        (await cases.CreateFoundChildAsync(new FoundChildInput("FC-2", "M", null, null, null, new PersonDetails(GivenName: "Hua")), "worker")).IsSuccess.ShouldBeTrue();
        (await cases.CreateReportAsync(new ReportInput("R-9", null, new DateOnly(2015, 1, 2), new PersonDetails(NameRomanised: "Li Wei", LastSeenPlace: "Guiyang")), "worker")).IsSuccess.ShouldBeTrue();

        foreach (var query in new[] { "王小红", "wangxiaohong", "wang xiao", "昭通", "KUNMING", "2023-03-14", "fc-1" })
        {
            (await cases.SearchFoundChildrenAsync(query, 1, 10, "worker")).Items.Select(c => c.Code).ShouldBe(["FC-1"], query);
        }

        (await cases.SearchFoundChildrenAsync("hua", 1, 10, "worker")).Items.Single().Name.ShouldBe("Hua");
        (await cases.SearchFoundChildrenAsync("ming", 1, 10, "worker")).Items.Select(c => c.Code).ShouldBe(["FC-1"], "Kunming Home");
        (await cases.SearchReportsAsync("guiyang", 1, 10, "worker")).Items.Single().Name.ShouldBeNull();
        (await cases.SearchReportsAsync("2015-01-02", 1, 10, "worker")).Total.ShouldBe(1);

        var duplicate = await cases.CreateFoundChildAsync(child, "worker");
        CaseDirectory.IsDuplicate(duplicate.Errors!).ShouldBeTrue();
        (await cases.UpdateFoundChildAsync("FC-1", child with { Institution = "Dali Home" }, "worker")).IsSuccess.ShouldBeTrue();
        (await cases.ReadFoundChildAsync("FC-1", withGenotypes: false, "worker"))!.Institution.ShouldBe("Dali Home");
        CaseDirectory.IsMissing((await cases.UpdateFoundChildAsync("FC-404", child, "worker")).Errors!).ShouldBeTrue();

        var log = await cases.AuditLogAsync(1, 100);
        log.Items.Where(a => a.EntityId == "FC-1").Select(a => a.Action).ShouldBe(["read", "update", "create"], ignoreOrder: true);
        log.Items.ShouldAllBe(a => !a.Details.Contains("王", StringComparison.Ordinal) && !a.Details.Contains("wang", StringComparison.OrdinalIgnoreCase));
        (await AuditVerifier.VerifyAsync(database.Settings)).IsIntact.ShouldBeTrue();
    }

    [Theory, DatabaseData]
    public async Task Genotypes_are_read_only_when_asked(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await RunAsync(database, Lines(Mother, Child));
        var cases = new CaseDirectory(database.Settings, TimeProvider.System);
        (await cases.ReadReportAsync("R-1", withGenotypes: true, "analyst"))!.Donors.Single().Samples.Single().Loci.ShouldNotBeNull();
        (await cases.ReadReportAsync("R-1", withGenotypes: false, "worker"))!.Donors.Single().Samples.Single().Loci.ShouldBeNull();
        (await cases.ReadFoundChildAsync("Q-1", withGenotypes: false, "worker"))!.Samples.Single().MarkerCount.ShouldBe(2);
    }

    [Theory, DatabaseData]
    public async Task Api_keys_verify_until_revoked_and_store_no_key(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var keys = new ApiKeyStore(database.Settings, TimeProvider.System);
        var issued = (await keys.CreateAsync("Lab", [ApiKeyScopes.ProfilesWrite], "admin")).Value;
        (await keys.VerifyAsync(issued.Key))!.Lab.ShouldBe("Lab");
        (await keys.VerifyAsync(issued.Key + "x")).ShouldBeNull();
        await using (var db = database.Context())
        {
            db.ApiKeys.Single().KeyHash.ShouldNotBe(System.Text.Encoding.UTF8.GetBytes(issued.Key));
        }

        (await keys.RevokeAsync(issued.Info.Id, "admin")).IsSuccess.ShouldBeTrue();
        (await keys.VerifyAsync(issued.Key)).ShouldBeNull();
        (await keys.ListAsync()).Single().IsActive.ShouldBeFalse();
    }
}
