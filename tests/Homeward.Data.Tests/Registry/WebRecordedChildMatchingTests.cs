using System.Text.Json;
using Homeward.Data.Cases;
using Homeward.Data.Tests.Infrastructure;
using Homeward.Registry.Tests;
using Homeward.Testing;
using static Homeward.Data.Tests.Infrastructure.Imports;
using static Homeward.Data.Tests.Registry.RegistryStoreHarness;

namespace Homeward.Data.Tests.Registry;

/// <summary>
/// A found child recorded on the web (CaseDirectory) and typed by a lab's import (ProfileImporter) is a
/// child the registry store loads and matches: day found, estimated age from the birth year, its sample.
/// </summary>
public sealed class WebRecordedChildMatchingTests
{
    [Theory, DatabaseData]
    public async Task A_child_recorded_on_the_web_and_typed_by_an_import_is_matched_with_its_family(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = await OpenAsync(database, new FakeClock(RegistryScenario.T0));
        var family = new RegistryScenario(3).NewFamily("R-1");
        await RegistryScenario.AddFamilyAsync(store, family);

        var cases = new CaseDirectory(database.Settings, TimeProvider.System);
        var recorded = await cases.CreateFoundChildAsync(new FoundChildInput("FC-1", "M", new DateOnly(2023, 6, 1), 2010, "Fuzhou Home", new PersonDetails(GivenName: "小龙")), "worker");
        recorded.IsSuccess.ShouldBeTrue();
        (await store.RunMatchingAsync("matcher")).Warnings.ShouldContain("found child FC-1: no DNA profile yet");

        (await RunAsync(database, Lines(ProfileLine("FC-1", family)))).Succeeded.ShouldBeTrue();

        var outcome = await store.RunMatchingAsync("matcher");
        outcome.NewMatches.Count.ShouldBe(1, string.Join("; ", outcome.Warnings));
        var match = (await store.GetMatchAsync(outcome.NewMatches[0], "analyst")).ShouldNotBeNull();
        match.Match.Key.FoundChildId.ShouldBe("FC-1");
        match.Match.Key.ReportId.ShouldBe("R-1");
        var child = (await store.LoadSnapshotAsync("analyst")).FoundChildren.Single(c => c.Id == "FC-1");
        child.FoundOn.ShouldBe(new DateOnly(2023, 6, 1));
        (child.EstimatedAge.MinYears, child.EstimatedAge.MaxYears).ShouldBe((12.0, 13.0), "born in 2010, found in 2023");
    }

    [Theory, DatabaseData]
    public async Task A_child_known_only_from_an_import_is_matched_once_completed_on_the_web(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = await OpenAsync(database, new FakeClock(RegistryScenario.T0));
        var family = new RegistryScenario(5).NewFamily("R-1");
        await RegistryScenario.AddFamilyAsync(store, family);
        (await RunAsync(database, Lines(ProfileLine("Q-1", family)))).Succeeded.ShouldBeTrue();
        (await store.RunMatchingAsync("matcher")).Warnings.ShouldContain(w => w.StartsWith("found child Q-1: known only from a profile import", StringComparison.Ordinal));

        var cases = new CaseDirectory(database.Settings, TimeProvider.System);
        var completed = await cases.UpdateFoundChildAsync("Q-1", new FoundChildInput("Q-1", "M", new DateOnly(2023, 6, 1), 2010, null, new PersonDetails()), "worker");
        completed.IsSuccess.ShouldBeTrue();

        var outcome = await store.RunMatchingAsync("matcher");
        outcome.NewMatches.Count.ShouldBe(1, string.Join("; ", outcome.Warnings));
        (await store.GetMatchAsync(outcome.NewMatches[0], "analyst")).ShouldNotBeNull().Match.Key.FoundChildId.ShouldBe("Q-1");
    }

    private static string ProfileLine(string id, Family family) => JsonSerializer.Serialize(new
    {
        id,
        sex = "M",
        loci = family.ChildGenotypes.ToDictionary(l => l.Key, l => new[] { l.Value.First.ToString(), l.Value.Second.ToString() }),
    });
}
