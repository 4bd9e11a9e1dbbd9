using Homeward.Kinship;
using Homeward.Registry.Cases;
using Homeward.Registry.Evidence;
using Homeward.Registry.Matching;
using Homeward.Registry.Places;
using Homeward.Registry.Reporting;

namespace Homeward.Registry.Tests.Reporting;

/// <summary>A scored match whose report, child and relatives carry markup in their free text.</summary>
internal static class ReportFixture
{
    public const string Hostile = "<script>alert(\"x\")</script> | *bold* & [link](http://x)";

    public static readonly MissingChildReport Report = MissingChildReport.Create(
        "R-7", Fixtures.Name("张伟", "zhang wei"), [Fixtures.Name("小宝", "xiao bao")], Sex.Male, new DateOnly(2009, 3, 1), new DateOnly(2011, 1, 5),
        Place.Create("云南", "昆明 <b>north</b>").Value, Hostile, null, "the parents", "YN-2011-1", Fixtures.T0).Value;

    public static readonly FoundChild Child = FoundChild.Create(
        "FC-1", "OP-1", new DateOnly(2011, 7, 20), Place.Create("河北", "邯郸").Value, AgeRange.Create(1.5, 2.5).Value, Sex.Male, "welfare home", "foster family",
        "rescued; " + Hostile, null, [Fixtures.Name("王强", "wang qiang")], "Q-1", Fixtures.T0).Value;

    public static readonly IReadOnlyList<Donor> Donors =
    [
        Donor.Create("P-1", "R-7", FamilyRole.Mother, Sex.Female, Fixtures.Name("李芳", "li fang"), false, GuardianStatus.Guardian, Fixtures.Consent(), "S-1").Value,
        Donor.Create("P-2", "R-7", FamilyRole.Father, Sex.Male, Fixtures.Name("张建国", "zhang jianguo"), false, GuardianStatus.Guardian, Fixtures.Consent(), "S-2").Value,
    ];

    public static readonly IReadOnlyDictionary<string, GeneticProfile> Profiles = new Dictionary<string, GeneticProfile>
    {
        ["Q-1"] = Profile("Q-1", "15/16", "12/13"),
        ["S-1"] = Profile("S-1", "15/17", "12/12"),
        ["S-2"] = Profile("S-2", "16/18", "13/14"),
    };

    public static readonly MatchCase Match = MatchCase.Open(
        "M-1", new MatchKey("R-7", "FC-1"),
        new MatchScore(
            25.0 * 8,
            [new MarkerLikelihoodRatio("D3S1358", 0.25, 0.01), new MarkerLikelihoodRatio("vWA", 0.08, 0.01)],
            3.2,
            [new EvidenceFactor(EvidenceKind.Name, 2, "same given name: <伟>"), new EvidenceFactor(EvidenceKind.Place, 1.6, "last seen 云南 昆明 <b>north</b>")],
            1.0 / 2999, 0.2, "nist1036-asian.csv", Fixtures.T0),
        ExclusionRegistry.Empty, "analyst-1", Fixtures.T0, "test").Value;

    public static MatchReport For(ReportAudience audience) =>
        MatchReportBuilder.Build(Match, Report, Child, Donors, Profiles, audience, "Test data <not real>");

    private static GeneticProfile Profile(string code, string d3, string vwa) =>
        GeneticProfile.Create(code, new Dictionary<string, Genotype> { ["D3S1358"] = Genotype.Parse(d3), ["vWA"] = Genotype.Parse(vwa) }).Value;
}
