using Homeward.Kinship;
using Homeward.Registry.Cases;
using Homeward.Registry.Places;

namespace Homeward.Registry.Tests;

public sealed class DomainModelTests
{
    [Fact]
    public void A_role_fixes_the_donors_sex()
    {
        var consent = Fixtures.Consent();
        Donor.Create("P-1", "R-1", FamilyRole.Mother, Sex.Male, null, false, GuardianStatus.Guardian, consent).IsSuccess.ShouldBeFalse();
        Donor.Create("P-1", "R-1", FamilyRole.Mother, Sex.Female, null, false, GuardianStatus.Guardian, consent).IsSuccess.ShouldBeTrue();
        Donor.Create("P-1", "R-1", FamilyRole.FullSibling, Sex.Male, null, false, GuardianStatus.NotGuardian, consent).IsSuccess.ShouldBeTrue();
    }

    [Fact]
    public void Ids_must_be_pseudonymous()
    {
        var result = Donor.Create("李明", "R-1", FamilyRole.Father, Sex.Male, null, false, GuardianStatus.Guardian, Fixtures.Consent());
        result.IsSuccess.ShouldBeFalse();
        result.Errors![0].Place.ShouldBe("donor 李明.id");
    }

    [Fact]
    public void A_parent_suspected_of_selling_the_child_cannot_give_guardian_consent()
    {
        var father = Fixtures.Donor("P-1", "R-1", FamilyRole.Father, Sex.Male);
        Consent.ByGuardian(father, ConsentScopes.DomesticIdentification, Fixtures.T0, "cw").IsSuccess.ShouldBeTrue();
        var suspected = father.SuspectedOfSelling();
        suspected.CanGiveGuardianConsent.ShouldBeFalse();
        var refused = Consent.ByGuardian(suspected, ConsentScopes.DomesticIdentification, Fixtures.T0, "cw");
        refused.IsSuccess.ShouldBeFalse();
        refused.Errors![0].Message.ShouldContain("suspected of selling");
        var sibling = Fixtures.Donor("P-2", "R-1", FamilyRole.FullSibling, Sex.Female);
        Consent.ByGuardian(sibling, ConsentScopes.DomesticIdentification, Fixtures.T0, "cw").IsSuccess.ShouldBeFalse();
    }

    [Fact]
    public void A_minors_consent_comes_from_a_guardian()
    {
        var mother = Fixtures.Donor("P-1", "R-1", FamilyRole.Mother, Sex.Female);
        Donor.Create("P-3", "R-1", FamilyRole.FullSibling, Sex.Male, null, true, GuardianStatus.NotGuardian, Fixtures.Consent()).IsSuccess.ShouldBeFalse();
        var byMother = Consent.ByGuardian(mother, ConsentScopes.DomesticIdentification, Fixtures.T0, "cw").Value;
        Donor.Create("P-3", "R-1", FamilyRole.FullSibling, Sex.Male, null, true, GuardianStatus.NotGuardian, byMother).Value.Consent.GuardianId.ShouldBe("P-1");
    }

    [Fact]
    public void Consent_scopes_are_separate_and_can_be_withdrawn()
    {
        var consent = Fixtures.Consent(ConsentScopes.DomesticIdentification | ConsentScopes.Evidence);
        consent.Allows(ConsentScopes.DomesticIdentification).ShouldBeTrue();
        consent.Allows(ConsentScopes.InternationalSearch).ShouldBeFalse();
        consent.Withdraw(ConsentScopes.DomesticIdentification, Fixtures.T0.AddDays(1), "cw").Allows(ConsentScopes.DomesticIdentification).ShouldBeFalse();
    }

    [Fact]
    public void Report_dates_must_be_in_order()
    {
        var name = Fixtures.Name("李小龙", "li xiaolong");
        MissingChildReport.Create("R-1", name, null, Sex.Male, new DateOnly(2014, 1, 1), new DateOnly(2013, 1, 1), Place.Unknown, null, null, "parents", null, Fixtures.T0)
            .IsSuccess.ShouldBeFalse();
        var report = Fixtures.Report();
        report.AgeOn(new DateOnly(2023, 5, 1))!.Value.ShouldBe(13, 0.01);
        var closed = report.Close(Fixtures.T0).Value;
        closed.IsClosed.ShouldBeTrue();
        closed.Close(Fixtures.T0).IsSuccess.ShouldBeFalse();
    }

    [Fact]
    public void The_chain_of_custody_has_no_gaps()
    {
        var sample = Sample.Create("S-0001", SampleSubject.Relative, "Lab A", "Goldeneye 20A", new DateOnly(2024, 1, 2)).Value;
        var t = new DateTimeOffset(2024, 1, 2, 10, 0, 0, TimeSpan.Zero);
        var s1 = sample.HandOver(new CustodyEntry(t, "collector-7", "courier-2", "seal 123")).Value;
        s1.HandOver(new CustodyEntry(t.AddHours(5), "courier-9", "lab-A", "")).IsSuccess.ShouldBeFalse();
        s1.HandOver(new CustodyEntry(t.AddHours(-1), "courier-2", "lab-A", "")).IsSuccess.ShouldBeFalse();
        var s2 = s1.HandOver(new CustodyEntry(t.AddHours(5), "courier-2", "lab-A", "seal intact")).Value;
        s2.Holder.ShouldBe("lab-A");
        s2.Custody.Length.ShouldBe(2);
    }

    [Fact]
    public void Follow_ups_fall_due_at_the_configured_months()
    {
        FollowUpSchedule.Default.DueDates(new DateOnly(2024, 1, 31)).ShouldBe(
        [
            new DateOnly(2024, 2, 29), new DateOnly(2024, 4, 30), new DateOnly(2024, 7, 31), new DateOnly(2025, 1, 31), new DateOnly(2026, 1, 31),
        ]);
        FollowUpSchedule.Create([3, 1]).IsSuccess.ShouldBeFalse();
        var visit = FollowUpSchedule.Create([2]).Value.Plan(new DateOnly(2024, 1, 1))[0];
        visit.IsOverdue(new DateOnly(2024, 3, 2)).ShouldBeTrue();
        var done = visit.Record(new DateOnly(2024, 3, 5), "cw-3", "settled in school", false).Value;
        done.IsOverdue(new DateOnly(2024, 4, 1)).ShouldBeFalse();
        done.Record(new DateOnly(2024, 3, 6), "cw-3", null, false).IsSuccess.ShouldBeFalse();
    }

    [Fact]
    public void Provinces_are_found_by_any_common_spelling()
    {
        Provinces.Find("云南省")!.Pinyin.ShouldBe("yunnan");
        Provinces.Find("Guǎngxī")!.Name.ShouldBe("广西");
        Provinces.Find("广西壮族自治区")!.Name.ShouldBe("广西");
        Provinces.Find("Tibet")!.Name.ShouldBe("西藏");
        Provinces.Find("Atlantis").ShouldBeNull();
        Provinces.All.Count.ShouldBe(34);
        Place.Create("Atlantis").IsSuccess.ShouldBeFalse();
    }

    [Fact]
    public void Distances_between_provincial_capitals_are_plausible()
    {
        // Beijing–Shanghai ≈ 1,070 km great-circle; Kunming–Fuzhou ≈ 1,700 km.
        Place.DistanceKm(Fixtures.At("北京"), Fixtures.At("上海"))!.Value.ShouldBe(1067, 15);
        Place.DistanceKm(Fixtures.At("云南"), Fixtures.At("福建"))!.Value.ShouldBe(1700, 60);
        Place.DistanceKm(Place.Unknown, Fixtures.At("福建")).ShouldBeNull();
    }

    [Fact]
    public void Operations_need_known_provinces()
    {
        Operation.Create("OP-1", new DateOnly(2023, 6, 1), ["云南", "福建"], 12, ["RING-3"], ["F-1", "F-2"]).Value.Provinces.Length.ShouldBe(2);
        Operation.Create("OP-1", new DateOnly(2023, 6, 1), [], 1, null, null).IsSuccess.ShouldBeFalse();
        Operation.Create("OP-1", new DateOnly(2023, 6, 1), ["Narnia"], -1, null, null).Errors!.Count.ShouldBe(2);
    }
}
