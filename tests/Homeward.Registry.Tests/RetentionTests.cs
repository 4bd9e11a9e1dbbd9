using Homeward.Kinship;
using Homeward.Registry.Cases;
using Homeward.Registry.Retention;

namespace Homeward.Registry.Tests;

public sealed class RetentionTests
{
    private static readonly RetentionPolicy Policy = new();
    private static readonly DateOnly ReunitedOn = new(2024, 6, 1);

    [Fact]
    public void An_open_case_keeps_its_profiles()
    {
        var decisions = Policy.Evaluate(Case(reunited: false), ReunitedOn).ToList();
        decisions.ShouldAllBe(d => !d.Delete && d.Rule == RetentionRule.SearchContinues);
        decisions.Count.ShouldBe(3);
    }

    [Fact]
    public void After_a_reunion_relatives_profiles_go_unless_they_consented_to_keep()
    {
        var c = Case(reunited: true);
        var within = Policy.Evaluate(c, ReunitedOn.AddDays(30)).ToList();
        within.Where(d => d.Subject != RetentionSubject.CaseRecord).ShouldAllBe(d => !d.Delete);
        within.Single(d => d.Id == "S-M").Rule.ShouldBe(RetentionRule.GracePeriod);
        within.Single(d => d.Id == "S-F").Rule.ShouldBe(RetentionRule.ConsentToKeep);

        var after = Policy.Evaluate(c, ReunitedOn.AddDays(90)).ToDictionary(d => d.Id);
        after["S-M"].Delete.ShouldBeTrue();
        after["S-M"].Rule.ShouldBe(RetentionRule.PurposeMet);
        after["S-M"].Explanation.ShouldContain("2024-06-01");
        after["S-F"].Delete.ShouldBeFalse();
        after["S-F"].Rule.ShouldBe(RetentionRule.ConsentToKeep);
        after["S-CHILD"].Delete.ShouldBeTrue();
        after["S-CHILD"].Subject.ShouldBe(RetentionSubject.ChildProfile);
        after["R-1"].Delete.ShouldBeFalse();
    }

    [Fact]
    public void Withdrawn_consent_deletes_at_once()
    {
        var c = Case(reunited: false);
        var mother = c.Donors[0];
        c = c with { Donors = [mother.WithConsent(mother.Consent.Withdraw(ConsentScopes.DomesticIdentification, Fixtures.T0, "cw")), c.Donors[1]] };
        var d = Policy.Evaluate(c, ReunitedOn).Single(x => x.Id == "S-M");
        (d.Delete, d.Rule).ShouldBe((true, RetentionRule.ConsentWithdrawn));
    }

    [Fact]
    public void A_closed_case_loses_all_its_data_after_the_retention_period()
    {
        var c = Case(reunited: true);
        c = c with { Report = c.Report.Close(new DateTimeOffset(2024, 7, 1, 0, 0, 0, TimeSpan.Zero)).Value };
        Policy.Evaluate(c, new DateOnly(2034, 6, 30)).Single(d => d.Subject == RetentionSubject.CaseRecord).Delete.ShouldBeFalse();
        var expired = Policy.Evaluate(c, new DateOnly(2034, 7, 1)).ToList();
        expired.ShouldAllBe(d => d.Delete && d.Rule == RetentionRule.ClosedCaseExpired);
        expired.Select(d => d.Id).ShouldBe(["S-M", "S-F", "S-CHILD", "R-1"], ignoreOrder: true);
    }

    [Fact]
    public void A_legal_hold_keeps_everything()
    {
        var c = Case(reunited: true) with { LegalHold = true };
        Policy.Evaluate(c, ReunitedOn.AddYears(30)).ShouldAllBe(d => !d.Delete && d.Rule == RetentionRule.LegalHold);
    }

    [Fact]
    public void Explanations_hold_no_personal_data()
    {
        var decisions = Policy.Evaluate([Case(reunited: true), Case(reunited: false)], ReunitedOn.AddDays(100));
        decisions.ShouldAllBe(d => !d.Explanation.Contains("李", StringComparison.Ordinal) && PseudonymousId.IsValid(d.Id));
    }

    private static RetentionCase Case(bool reunited)
    {
        var report = Fixtures.Report("R-1");
        var mother = Fixtures.Donor("P-M", "R-1", FamilyRole.Mother, Sex.Female, sample: "S-M");
        var father = Fixtures.Donor("P-F", "R-1", FamilyRole.Father, Sex.Male, ConsentScopes.DomesticIdentification | ConsentScopes.KeepAfterReunion, "S-F");
        var child = FoundChild.Create("F-1", null, new DateOnly(2024, 1, 1), Fixtures.At("福建"), AgeRange.Create(12, 14).Value, Sex.Male, null, null, null, null, null, "S-CHILD", Fixtures.T0).Value;
        var reunion = Reunion.Create("M-1", "R-1", "F-1", ReunitedOn, Fixtures.At("云南"), "cw-1").Value;
        return new RetentionCase(report, [mother, father], reunited ? reunion : null, reunited ? child : null, false);
    }
}
