using Homeward.Kinship;
using Homeward.Registry.Cases;
using Homeward.Registry.Names;
using Homeward.Registry.Places;

namespace Homeward.Registry.Tests;

/// <summary>Small valid domain objects for tests.</summary>
internal static class Fixtures
{
    public static readonly DateTimeOffset T0 = new(2024, 3, 1, 8, 0, 0, TimeSpan.Zero);

    public static ChineseName Name(string characters, string pinyin) => ChineseName.Create(characters, pinyin).Value;

    public static Place At(string province) => Place.Create(province).Value;

    public static Consent Consent(ConsentScopes scopes = ConsentScopes.DomesticIdentification) =>
        Cases.Consent.Given(scopes, T0, "caseworker-1").Value;

    public static MissingChildReport Report(string id = "R-1", Sex sex = Sex.Male, DateOnly? born = null, DateOnly? lastSeen = null, string province = "云南", ChineseName? name = null) =>
        MissingChildReport.Create(
            id, name ?? Name("李小龙", "Li Xiaolong"), null, sex, born ?? new DateOnly(2010, 5, 1), lastSeen ?? new DateOnly(2013, 5, 1),
            At(province), "scar on left hand", null, "parents", "2013-0042", ReportedAfter(lastSeen ?? new DateOnly(2013, 5, 1))).Value;

    private static DateTimeOffset ReportedAfter(DateOnly lastSeen) => new(lastSeen.AddDays(2).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public static FoundChild Child(string id = "F-1", Sex sex = Sex.Male, DateOnly? found = null, double minAge = 9, double maxAge = 11, string province = "福建", ChineseName? name = null) =>
        FoundChild.Create(
            id, "OP-1", found ?? new DateOnly(2023, 6, 1), At(province), AgeRange.Create(minAge, maxAge).Value, sex, "welfare home", null, "",
            null, name is null ? null : [name], null, found is { } day && day > new DateOnly(2024, 2, 1) ? ReportedAfter(day) : T0).Value;

    public static Donor Donor(string id, string report, FamilyRole role, Sex sex, ConsentScopes scopes = ConsentScopes.DomesticIdentification, string? sample = null) =>
        Cases.Donor.Create(id, report, role, sex, null, false, role is FamilyRole.Mother or FamilyRole.Father ? GuardianStatus.Guardian : GuardianStatus.NotGuardian, Consent(scopes), sample).Value;
}
