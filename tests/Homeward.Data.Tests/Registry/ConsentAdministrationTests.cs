using Homeward.Data.Audit;
using Homeward.Data.Tests.Infrastructure;
using Homeward.Kinship;
using Homeward.Registry.Cases;
using Homeward.Registry.Retention;
using Homeward.Registry.Tests;
using Homeward.Testing;
using static Homeward.Data.Tests.Registry.RegistryStoreHarness;

namespace Homeward.Data.Tests.Registry;

/// <summary>What the consent and legal-hold administration needs of the store: the relatives' consent read (audited), a withdrawal with its reason, and its effect on searching and retention.</summary>
public sealed class ConsentAdministrationTests
{
    [Theory, DatabaseData]
    public async Task The_consent_of_a_report_is_read_with_guardian_status_and_legal_hold_and_the_read_is_audited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = await OpenAsync(database, new FakeClock(RegistryScenario.T0));
        await RegistryScenario.AddFamilyAsync(store, new RegistryScenario(3).NewFamily("R-1", father: ConsentScopes.DomesticIdentification | ConsentScopes.Evidence));
        (await store.SetLegalHoldAsync("R-1", hold: true, "admin", "court order 2024-17")).IsSuccess.ShouldBeTrue();

        var consent = await store.ReadConsentAsync("R-1", "admin");

        consent.ShouldNotBeNull();
        consent.LegalHold.ShouldBeTrue();
        consent.Donors.Select(d => d.Id).ShouldBe(["P-1-F", "P-1-M"]);
        consent.Donors[0].Consent.Allows(ConsentScopes.Evidence).ShouldBeTrue();
        consent.Donors[1].Consent.Allows(ConsentScopes.Evidence).ShouldBeFalse();
        consent.Donors.ShouldAllBe(d => d.GuardianStatus == GuardianStatus.Guardian);
        (await store.ReadConsentAsync("R-404", "admin")).ShouldBeNull();
        var audit = await AuditAsync(database);
        audit.ShouldContain(e => e.Action == "update" && e.EntityType == "report" && e.EntityId == "R-1" && e.Details.Contains("court order 2024-17"));
        audit.Where(e => e.EntityType == "consent").Select(e => (e.Action, e.EntityId)).ShouldBe([("read", "R-1"), ("read", "R-404")]);
    }

    [Theory, DatabaseData]
    public async Task A_guardian_status_is_recorded_with_a_required_reason_and_audited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = await OpenAsync(database, new FakeClock(RegistryScenario.T0));
        await RegistryScenario.AddFamilyAsync(store, new RegistryScenario(5).NewFamily("R-1"));

        (await store.UpdateGuardianStatusAsync("P-1-F", GuardianStatus.SuspectedOfSelling, "investigator", " ")).Errors!.Single().Message.ShouldContain("a reason is required");
        (await store.UpdateGuardianStatusAsync("P-9-F", GuardianStatus.SuspectedOfSelling, "investigator", "x")).Errors!.Single().Message.ShouldBe("no such relative");
        (await store.UpdateGuardianStatusAsync("P-1-F", GuardianStatus.SuspectedOfSelling, "investigator", "sold the child (case 2011-07)")).IsSuccess.ShouldBeTrue();

        var consent = (await store.ReadConsentAsync("R-1", "investigator")).ShouldNotBeNull();
        consent.Donors.Single(d => d.Id == "P-1-F").GuardianStatus.ShouldBe(GuardianStatus.SuspectedOfSelling);
        consent.Donors.Single(d => d.Id == "P-1-F").CanGiveGuardianConsent.ShouldBeFalse();
        consent.Donors.Single(d => d.Id == "P-1-M").GuardianStatus.ShouldBe(GuardianStatus.Guardian);
        var entry = (await AuditAsync(database)).Single(e => e.Action == "update" && e.EntityType == "donor" && e.EntityId == "P-1-F");
        entry.Actor.ShouldBe("investigator");
        entry.Details.ShouldContain("\"guardianStatus\":\"suspected-of-selling\"");
        entry.Details.ShouldContain("\"previous\":\"guardian\"");
        entry.Details.ShouldContain("sold the child (case 2011-07)");
        (await AuditVerifier.VerifyAsync(database.Settings)).IsIntact.ShouldBeTrue();
    }

    [Theory, DatabaseData]
    public async Task A_withdrawn_identification_consent_is_audited_with_its_reason_leaves_searching_and_is_due_for_deletion(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeClock(RegistryScenario.T0);
        var store = await OpenAsync(database, clock);
        var scenario = new RegistryScenario(4);
        var withdrawn = scenario.NewFamily("R-1");
        var control = scenario.NewFamily("R-2");
        await RegistryScenario.AddFamilyAsync(store, withdrawn);
        await RegistryScenario.AddFamilyAsync(store, control);

        foreach (var donor in withdrawn.Donors)
        {
            var consent = donor.Consent.Withdraw(ConsentScopes.DomesticIdentification, RegistryScenario.T0.AddDays(1), "caseworker");
            (await store.UpdateConsentAsync(donor.Id, consent, "caseworker", "withdrawn in writing")).IsSuccess.ShouldBeTrue();
        }

        var lost = await RegistryScenario.AddChildAsync(store, scenario.NewChild("F-1", withdrawn.ChildGenotypes));
        var found = await RegistryScenario.AddChildAsync(store, scenario.NewChild("F-2", control.ChildGenotypes));

        lost.NewMatches.ShouldBeEmpty("neither parent consents to identification any more");
        lost.Warnings.ShouldContain(w => w.Contains("P-1-M") && w.Contains("no consent"));
        found.NewMatches.Count.ShouldBe(1, "the control family, still consenting, is found");
        var updates = (await AuditAsync(database)).Where(e => e.Action == "update" && e.EntityType == "donor").ToList();
        updates.Select(e => e.EntityId).ShouldBe(["P-1-M", "P-1-F"]);
        updates.ShouldAllBe(e => e.Details.Contains("withdrawn in writing") && e.Actor == "caseworker");
        (await AuditVerifier.VerifyAsync(database.Settings)).IsIntact.ShouldBeTrue();

        var dry = await store.ApplyRetentionAsync(new DateOnly(2024, 3, 5), dryRun: true, "admin");
        dry.Decisions.Where(d => d.Delete).Select(d => (d.Id, d.Rule)).ShouldBe([("S-1-M", RetentionRule.ConsentWithdrawn), ("S-1-F", RetentionRule.ConsentWithdrawn)], ignoreOrder: true);
    }

    [Theory, DatabaseData]
    public async Task A_minor_s_consent_must_come_from_a_guardian_of_the_case(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = await OpenAsync(database, new FakeClock(RegistryScenario.T0));
        var family = new RegistryScenario(5).NewFamily("R-1");
        var sibling = Donor.Create("P-1-S", "R-1", FamilyRole.FullSibling, Sex.Female, null, true, GuardianStatus.NotGuardian,
            Consent.ByGuardian(family.Donors[0], ConsentScopes.DomesticIdentification, RegistryScenario.T0, "caseworker").Value).Value;
        (await store.AddReportAsync(family.Report, [.. family.Donors, sibling], "caseworker")).IsSuccess.ShouldBeTrue();

        var inPerson = await store.UpdateConsentAsync("P-1-S", Consent.Given(ConsentScopes.None, RegistryScenario.T0.AddDays(1), "caseworker").Value, "caseworker", "the child asked");
        var byGuardian = await store.UpdateConsentAsync("P-1-S", Consent.ByGuardian(family.Donors[1], ConsentScopes.None, RegistryScenario.T0.AddDays(1), "caseworker").Value, "caseworker", "the father withdrew it");

        inPerson.IsSuccess.ShouldBeFalse();
        inPerson.Errors.ShouldContain(e => e.Message.Contains("guardian"));
        byGuardian.IsSuccess.ShouldBeTrue();
        var read = (await store.ReadConsentAsync("R-1", "caseworker"))!;
        var minor = read.Donors.Single(d => d.Id == "P-1-S");
        minor.Consent.GuardianId.ShouldBe("P-1-F");
        minor.Consent.Scopes.ShouldBe(ConsentScopes.None);
    }
}
