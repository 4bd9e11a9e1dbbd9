using Homeward.Data.Tests.Infrastructure;
using Homeward.Kinship;
using Homeward.Registry.Cases;
using Homeward.Registry.Names;
using Homeward.Registry.Places;
using Homeward.Registry.Tests;
using Homeward.Testing;
using Microsoft.EntityFrameworkCore;
using static Homeward.Data.Tests.Registry.RegistryStoreHarness;

namespace Homeward.Data.Tests.Registry;

/// <summary>Cases stored and read back whole: operations, found children, a minor's guardian consent, custody; bad references refused.</summary>
public sealed class RegistryCasesTests
{
    [Theory, DatabaseData]
    public async Task Every_field_of_a_case_survives_the_round_trip(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = await OpenAsync(database, new FakeClock(RegistryScenario.T0), search: false);
        var operation = Operation.Create("OP-7", new DateOnly(2023, 5, 30), ["福建", "云南"], 12, ["RING-3"], ["F-7"]).Value;
        var child = FoundChild.Create(
            "F-7", "OP-7", new DateOnly(2023, 6, 1), Place.Create("福建", "Putian", 25.43, 119.01).Value, AgeRange.Create(3, 5).Value, Sex.Female,
            "welfare home", "foster family 2", "birthmark on the neck", ["photo-7"], [ChineseName.Create("王芳", "Wang Fang").Value], "S-F-7", RegistryScenario.T0).Value;
        var family = new RegistryScenario(3).NewFamily("R-7");
        var mother = family.Donors.Single(d => d.Role == FamilyRole.Mother);
        var sibling = Donor.Create("P-7-S", "R-7", FamilyRole.FullSibling, Sex.Female, null, isMinor: true, GuardianStatus.NotGuardian,
            Consent.ByGuardian(mother, ConsentScopes.DomesticIdentification | ConsentScopes.Evidence, RegistryScenario.T0, "caseworker").Value).Value;

        (await store.AddOperationAsync(operation, "police")).IsSuccess.ShouldBeTrue();
        (await store.AddFoundChildAsync(child, "caseworker")).IsSuccess.ShouldBeTrue();
        (await store.AddReportAsync(family.Report, [.. family.Donors, sibling], "caseworker")).IsSuccess.ShouldBeTrue();
        var snapshot = await store.LoadSnapshotAsync("analyst");

        var read = snapshot.FoundChildren.ShouldHaveSingleItem();
        (read.OperationId, read.FoundOn, read.Sex, read.Institution, read.Placement, read.Description).ShouldBe(("OP-7", child.FoundOn, Sex.Female, "welfare home", "foster family 2", "birthmark on the neck"));
        (read.FoundPlace.Province!.Name, read.FoundPlace.Locality, read.FoundPlace.Latitude, read.FoundPlace.Longitude).ShouldBe(("福建", "Putian", (double?)25.43, (double?)119.01));
        (read.EstimatedAge.MinYears, read.EstimatedAge.MaxYears).ShouldBe((3.0, 5.0));
        read.KnownNames.ShouldBe([ChineseName.Create("王芳", "wang fang").Value]);
        read.Photos.ShouldBe(["photo-7"]);
        read.RegisteredAt.ShouldBe(RegistryScenario.T0);
        var report = snapshot.Reports.ShouldHaveSingleItem();
        (report.Name, report.Sex, report.DateOfBirth, report.LastSeenOn, report.ReportingFamily, report.PoliceCaseNumber).ShouldBe(
            (family.Report.Name, family.Report.Sex, family.Report.DateOfBirth, family.Report.LastSeenOn, "parents", "2013-0042"));
        report.LastSeenPlace.ToString().ShouldBe("云南 Kunming");
        report.Description.ShouldBe("scar on left hand");
        var minor = snapshot.Donors.Single(d => d.Id == "P-7-S");
        minor.IsMinor.ShouldBeTrue();
        minor.Consent.GuardianId.ShouldBe(mother.Id);
        minor.Consent.Allows(ConsentScopes.Evidence).ShouldBeTrue();
        snapshot.Donors.Single(d => d.Id == mother.Id).GuardianStatus.ShouldBe(GuardianStatus.Guardian);
        await using var db = database.Context();
        (await db.Operations.SingleAsync()).Arrests.ShouldBe(12);
    }

    [Theory, DatabaseData]
    public async Task A_sample_is_stored_with_its_chain_of_custody_and_a_changed_profile_replaces_the_old(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = await OpenAsync(database, new FakeClock(RegistryScenario.T0), search: false);
        var family = new RegistryScenario(5).NewFamily("R-5");
        await RegistryScenario.AddFamilyAsync(store, family);
        var profile = family.Profiles[0];
        var fewer = GeneticProfile.Create(profile.SampleCode, profile.Loci.Take(10).ToDictionary(l => l.Key, l => l.Value)).Value;
        var sample = RegistryScenario.SampleOf(fewer, SampleSubject.Relative).HandOver(new CustodyEntry(RegistryScenario.T0, "lab-1", "archive", "box 9")).Value;

        (await store.AddSampleAsync(sample, fewer, "lab")).IsSuccess.ShouldBeTrue();

        await using var db = database.Context();
        var row = await db.Samples.Include(s => s.Custody).SingleAsync(s => s.Code == profile.SampleCode);
        row.MarkerCount.ShouldBe(10);
        row.Custody.OrderBy(c => c.Number).Select(c => (c.FromHolder, c.ToHolder, c.Note)).ShouldBe([("collector", "lab-1", "seal 42"), ("lab-1", "archive", "box 9")]);
        (await db.AuditEntries.CountAsync(e => e.Action == "update" && e.EntityType == "sample" && e.EntityId == profile.SampleCode)).ShouldBe(1);
        (await store.LoadSnapshotAsync("analyst")).Profiles[profile.SampleCode].Loci.Count.ShouldBe(10);
    }

    [Theory, DatabaseData]
    public async Task Unknown_references_and_taken_codes_are_refused_with_their_place_and_nothing_is_written(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = await OpenAsync(database, new FakeClock(RegistryScenario.T0));
        var scenario = new RegistryScenario(8);
        var family = scenario.NewFamily("R-8");
        await RegistryScenario.AddFamilyAsync(store, family);
        var orphan = FoundChild.Create("F-8", "OP-404", new DateOnly(2023, 6, 1), Place.Unknown, AgeRange.Create(1, 2).Value, Sex.Male, null, null, null, null, null, null, RegistryScenario.T0).Value;
        var (stranger, strangerProfile) = scenario.NewChild("F-9");
        var auditBefore = (await AuditAsync(database)).Count;

        var again = await store.AddReportAsync(family.Report, family.Donors, "caseworker");
        var noOperation = await store.AddFoundChildAsync(orphan, "caseworker");
        var noOwner = await store.AddSampleAsync(RegistryScenario.SampleOf(strangerProfile, SampleSubject.FoundChild), strangerProfile, "lab");

        again.Errors!.Select(e => e.ToString()).ShouldBe([
            "report R-8: a report with this id is already registered",
            "donor P-8-M: a relative with this id is already registered",
            "donor P-8-F: a relative with this id is already registered",
        ], ignoreOrder: true);
        noOperation.Errors!.ShouldHaveSingleItem().ToString().ShouldBe("found child F-8.operation: no operation OP-404 is registered");
        noOwner.Errors!.ShouldHaveSingleItem().ToString().ShouldBe($"sample S-F-9: no relative or found child has this sample code; register it on the case first");
        stranger.Id.ShouldBe("F-9");
        (await AuditAsync(database)).Count.ShouldBe(auditBefore);
        (await CountAsync(database, db => db.FoundChildren)).ShouldBe(0);
    }
}
