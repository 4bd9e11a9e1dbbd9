using Homeward.Data.Audit;
using Homeward.Data.Photos;
using Homeward.Data.Photos.Images;
using Homeward.Data.Registry;
using Homeward.Data.Tests.Infrastructure;
using Homeward.Registry.Cases;
using Homeward.Registry.Matching;
using Homeward.Registry.Retention;
using Homeward.Registry.Tests;
using Homeward.Testing;
using Microsoft.EntityFrameworkCore;
using static Homeward.Data.Tests.Registry.RegistryStoreHarness;

namespace Homeward.Data.Tests.Registry;

/// <summary>The retention job on the stored registry: deletes or keeps per consent and legal hold, audits each deletion; a dry run changes nothing.</summary>
public sealed class RetentionJobTests
{
    [Theory, DatabaseData]
    public async Task After_a_reunion_relatives_profiles_go_unless_consented_to_keep_and_a_dry_run_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeClock(RegistryScenario.T0);
        var store = await ReunitedAsync(database, clock, father: ConsentScopes.DomesticIdentification | ConsentScopes.KeepAfterReunion);
        var reunited = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var samplesBefore = await SampleCodesAsync(database);

        var early = await store.ApplyRetentionAsync(reunited.AddDays(30), dryRun: false, "retention-job");
        var dry = await store.ApplyRetentionAsync(reunited.AddDays(100), dryRun: true, "retention-job");

        early.Deleted.ShouldBe(0);
        early.Decisions.ShouldContain(d => d.Id == "S-1-M" && d.Rule == RetentionRule.GracePeriod);
        dry.DryRun.ShouldBeTrue();
        dry.Deleted.ShouldBe(0);
        dry.Decisions.Where(d => d.Delete).Select(d => d.Id).ShouldBe(["S-1-M", "S-F-1"], ignoreOrder: true);
        (await SampleCodesAsync(database)).ShouldBe(samplesBefore, "a dry run deletes nothing");
        (await AuditAsync(database)).ShouldNotContain(e => e.Action == "delete");

        var real = await store.ApplyRetentionAsync(reunited.AddDays(100), dryRun: false, "retention-job");

        real.Deleted.ShouldBe(2);
        (await SampleCodesAsync(database)).ShouldBe(["S-1-F"], "the father consented to keep his profile");
        real.Decisions.ShouldContain(d => d.Id == "S-1-F" && d.Rule == RetentionRule.ConsentToKeep && !d.Delete);
        var deletions = (await AuditAsync(database)).Where(e => e.Action == "delete").ToList();
        deletions.Select(e => (e.EntityType, e.EntityId)).ShouldBe([("relative-profile", "S-1-M"), ("child-profile", "S-F-1")], ignoreOrder: true);
        deletions.ShouldAllBe(e => e.Actor == "retention-job" && e.Details.Contains("PurposeMet"));
        (await AuditVerifier.VerifyAsync(database.Settings)).IsIntact.ShouldBeTrue();
        var detail = (await store.GetMatchAsync("M-1", "caseworker"))!;
        detail.Match.State.ShouldBe(MatchState.Reunited, "the case record stays; only the profiles go");
        detail.Donors.Single(d => d.Role == Kinship.FamilyRole.Mother).SampleCode.ShouldBeNull();

        (await store.ApplyRetentionAsync(reunited.AddDays(200), dryRun: false, "retention-job")).Deleted.ShouldBe(0, "nothing left to delete: the job is idempotent");
    }

    [Theory, DatabaseData]
    public async Task A_legal_hold_keeps_everything(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeClock(RegistryScenario.T0);
        var store = await ReunitedAsync(database, clock);
        (await store.SetLegalHoldAsync("R-1", hold: true, "prosecutor-office")).IsSuccess.ShouldBeTrue();
        var before = await SampleCodesAsync(database);

        var outcome = await store.ApplyRetentionAsync(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddYears(20), dryRun: false, "retention-job");

        outcome.Deleted.ShouldBe(0);
        outcome.Decisions.ShouldAllBe(d => d.Rule == RetentionRule.LegalHold);
        (await SampleCodesAsync(database)).ShouldBe(before);
    }

    [Theory, DatabaseData]
    public async Task A_closed_case_past_its_period_is_deleted_whole(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeClock(RegistryScenario.T0);
        var store = await OpenAsync(database, clock);
        var scenario = new RegistryScenario(6);
        var family = scenario.NewFamily("R-9");
        var closed = family with { Report = family.Report.Close(RegistryScenario.T0).Value };
        await RegistryScenario.AddFamilyAsync(store, closed);
        var photo = (await new PhotoStore(database.Settings, clock, new ImageLimits()).AddAsync(PhotoOwner.Report, "R-9", Photos.TestImages.PngClean(), null, "worker")).Value;

        var outcome = await store.ApplyRetentionAsync(new DateOnly(2034, 3, 2), dryRun: false, "retention-job");

        outcome.Decisions.Where(d => d.Delete).Select(d => d.Rule).Distinct().ShouldBe([RetentionRule.ClosedCaseExpired]);
        await using var db = database.Context();
        (await db.Reports.CountAsync()).ShouldBe(0);
        (await db.Donors.CountAsync()).ShouldBe(0);
        (await db.Samples.CountAsync()).ShouldBe(0);
        (await db.Persons.CountAsync()).ShouldBe(0, "names and places of the case are gone too");
        (await db.AuditEntries.CountAsync(e => e.Action == "delete" && e.EntityType == "case" && e.EntityId == "R-9")).ShouldBe(1);
        (await db.Photos.CountAsync()).ShouldBe(0);
        var photoDeleted = await db.AuditEntries.SingleAsync(e => e.Action == "photo-delete" && e.EntityId == "R-9");
        photoDeleted.Actor.ShouldBe("retention-job");
        photoDeleted.Details.ShouldContain(photo.Id.ToString());
        photoDeleted.Details.ShouldContain(nameof(RetentionRule.ClosedCaseExpired));
    }

    private static async Task<RegistryStore> ReunitedAsync(TestDatabase database, FakeClock clock, ConsentScopes father = ConsentScopes.DomesticIdentification)
    {
        var store = await OpenAsync(database, clock);
        var scenario = new RegistryScenario(1);
        var family = scenario.NewFamily("R-1", father: father);
        await RegistryScenario.AddFamilyAsync(store, family);
        (await RegistryScenario.AddChildAsync(store, scenario.NewChild("F-1", family.ChildGenotypes))).NewMatches.ShouldBe(["M-1"]);
        foreach (var action in new[] { MatchAction.StartReview, MatchAction.RequestConfirmatoryTest, MatchAction.Confirm, MatchAction.BeginVerification })
        {
            (await store.ApplyAsync(new MatchCommand("M-1", action, "caseworker", "next step"))).IsApplied.ShouldBeTrue();
        }

        foreach (var check in Enum.GetValues<VerificationCheck>())
        {
            (await store.ApplyAsync(new MatchCommand("M-1", MatchAction.RecordCheck, "caseworker", "checked") { Check = check })).IsApplied.ShouldBeTrue();
        }

        clock.Advance(TimeSpan.FromDays(10));
        (await store.ApplyAsync(new MatchCommand("M-1", MatchAction.Reunite, "caseworker", "family and child agree"))).IsApplied.ShouldBeTrue();
        return store;
    }

    private static async Task<List<string>> SampleCodesAsync(TestDatabase database)
    {
        await using var db = database.Context();
        return await db.Samples.OrderBy(s => s.Code).Select(s => s.Code).ToListAsync();
    }
}
