using System.Globalization;
using Homeward.Kinship;
using Homeward.Registry.Cases;
using Homeward.Registry.Names;
using Homeward.Registry.Places;
using SimulatedReference = Homeward.Kinship.Simulation.ReferenceProfile;

namespace Homeward.Registry.Demo;

/// <summary>Writes one simulated family's report and its donors as a caseworker would register them.</summary>
internal static class DemoReportWriter
{
    private const string Caseworker = "caseworker-demo";

    /// <summary>Where children go missing, by share of reports (weighted toward the south-west, as the 2011 sources describe).</summary>
    private static readonly (string Province, double Weight)[] Homes =
    [
        ("云南", 12), ("贵州", 12), ("四川", 12), ("广西", 10), ("河南", 8), ("湖南", 6), ("安徽", 5), ("重庆", 5), ("江西", 5), ("广东", 5),
        ("湖北", 4), ("福建", 4), ("山东", 4), ("河北", 3), ("陕西", 3), ("甘肃", 2),
    ];

    private static readonly DateOnly FirstDay = new(1998, 1, 1);

    /// <summary>The written report, its donors and the milk name and mark the family gave.</summary>
    public sealed record Written(MissingChildReport Report, IReadOnlyList<Donor> Donors, ChineseName? MilkName, (string Template, string? Side)? Mark);

    public static Written Write(long seed, int index, string reportId, IReadOnlyList<SimulatedReference> references, DemoChildFate? child)
    {
        var draws = DemoDraws.ForReport(seed, index);
        var sex = child?.Sex ?? draws.Sex();
        var surname = DemoNames.Surname(draws);
        var name = DemoNames.Full(surname, sex, draws);
        var milk = draws.Chance(0.5) ? DemoNames.Milk(draws) : null;

        DateOnly lastSeen, born;
        if (child is not null)
        {
            born = child.BornOn;
            lastSeen = born.AddDays(draws.Between(1, Math.Max(1, child.AgeDays - 5)));
        }
        else
        {
            lastSeen = FirstDay.AddDays(draws.Between(0, DemoOperationFacts.CrossBorderBust.DayNumber - FirstDay.DayNumber - 10));
            born = lastSeen.AddDays(-draws.Between(10, 6 * 365));
        }

        DateOnly? dateOfBirth = draws.Chance(0.08) ? null : born;
        var province = draws.Pick(Homes);
        var mark = DemoMarks.Draw(draws);
        var description = mark is { } m ? $"{DemoMarks.Circumstance(draws)}; {DemoMarks.Describe(m)}" : DemoMarks.Circumstance(draws);
        var reportedAt = new DateTimeOffset(lastSeen.AddDays(draws.Between(0, 7)).ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        var caseNumber = string.Create(CultureInfo.InvariantCulture, $"{Provinces.Find(province)!.Pinyin.ToUpperInvariant()}-{lastSeen.Year}-{index + 1:D6}");
        var report = MissingChildReport.Create(
            reportId, name, milk is null ? [] : [milk], sex, dateOfBirth, lastSeen, Place.Create(province).Value, description, [],
            Family(references), caseNumber, reportedAt).Value;
        return new Written(report, Donors(reportId, references, surname, reportedAt, draws), milk, mark);
    }

    private static string Family(IReadOnlyList<SimulatedReference> references)
    {
        var roles = references.Select(r => r.Role).ToHashSet();
        return roles switch
        {
            _ when roles.Contains(FamilyRole.Mother) && roles.Contains(FamilyRole.Father) => "the parents",
            _ when roles.Contains(FamilyRole.Mother) => "the mother",
            _ when roles.Contains(FamilyRole.Father) => "the father",
            _ when roles.Contains(FamilyRole.FullSibling) => "the siblings",
            _ => "the grandparents",
        };
    }

    private static List<Donor> Donors(string reportId, IReadOnlyList<SimulatedReference> references, (string Characters, string Pinyin) surname, DateTimeOffset at, DemoDraws draws)
    {
        var scopes = ConsentScopes.DomesticIdentification | ConsentScopes.Evidence;
        var donors = new List<Donor>();
        foreach (var reference in references)
        {
            var role = reference.Role;
            var isParent = role is FamilyRole.Mother or FamilyRole.Father;
            var familySurname = role is FamilyRole.Father or FamilyRole.FullSibling or FamilyRole.PaternalGrandfather or FamilyRole.PaternalHalfSibling
                ? surname
                : DemoNames.Surname(draws);
            var name = DemoNames.Full(familySurname, reference.Sex, draws);
            var guardian = donors.FirstOrDefault(d => d.CanGiveGuardianConsent);
            var minor = guardian is not null && role is FamilyRole.FullSibling or FamilyRole.MaternalHalfSibling or FamilyRole.PaternalHalfSibling && draws.Chance(0.5);
            var own = scopes | (draws.Chance(0.2) ? ConsentScopes.KeepAfterReunion : ConsentScopes.None);
            var consent = minor ? Consent.ByGuardian(guardian!, own, at, Caseworker).Value : Consent.Given(own, at, Caseworker).Value;
            var id = string.Create(CultureInfo.InvariantCulture, $"P-{reportId[2..]}-{donors.Count + 1}");
            donors.Add(Donor.Create(id, reportId, role, reference.Sex, name, minor, isParent ? GuardianStatus.Guardian : GuardianStatus.NotGuardian, consent, reference.Id).Value);
        }

        return donors;
    }
}
