using Homeward.Data.Registry;
using Homeward.Kinship;
using Homeward.Registry.Cases;
using Homeward.Registry.Names;
using Homeward.Registry.Places;
using Homeward.Registry.Tests;

namespace Homeward.Testing;

/// <summary>
/// Families for registry-store tests: a report with mother and father (seeded genotypes drawn from the
/// NIST 1036 Asian table, 15 markers) and found children, either a family's true child or unrelated.
/// Linked into the Data and CLI test projects.
/// </summary>
internal sealed class RegistryScenario(int seed)
{
    public static readonly DateTimeOffset T0 = new(2024, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static readonly string[] Markers =
        ["D3S1358", "vWA", "FGA", "D8S1179", "D21S11", "D18S51", "D5S818", "D13S317", "D7S820", "D16S539", "TH01", "TPOX", "CSF1PO", "D2S1338", "D19S433"];

    private readonly FamilyFactory _factory = new(TestData.Table("nist1036-asian.csv"), Markers, seed);

    public static KinshipSettings Kinship(string table = "nist1036-asian.csv") => new(TestData.Table(table), 0, MutationSettings.None, null);

    /// <summary>A report <paramref name="reportId"/> with mother (<c>P-{n}-M</c>, sample <c>S-{n}-M</c>) and father (<c>P-{n}-F</c>, <c>S-{n}-F</c>).</summary>
    public Family NewFamily(string reportId, ConsentScopes mother = ConsentScopes.DomesticIdentification, ConsentScopes father = ConsentScopes.DomesticIdentification)
    {
        var n = reportId[2..];
        var report = MissingChildReport.Create(
            reportId, ChineseName.Create("李小龙", "Li Xiaolong").Value, null, Sex.Male, new DateOnly(2010, 5, 1), new DateOnly(2013, 5, 1),
            Place.Create("云南", "Kunming").Value, "scar on left hand", ["photo-1"], "parents", "2013-0042", new DateTimeOffset(2013, 5, 3, 0, 0, 0, TimeSpan.Zero)).Value;
        var motherGenotypes = _factory.Founder();
        var fatherGenotypes = _factory.Founder();
        return new Family(
            report,
            [Donor($"P-{n}-M", reportId, FamilyRole.Mother, Sex.Female, mother, $"S-{n}-M"), Donor($"P-{n}-F", reportId, FamilyRole.Father, Sex.Male, father, $"S-{n}-F")],
            [Profile($"S-{n}-M", motherGenotypes), Profile($"S-{n}-F", fatherGenotypes)],
            _factory.Child(fatherGenotypes, motherGenotypes));
    }

    /// <summary>A found child (sample <c>S-{id}</c>) with the given genotypes, or unrelated ones; rescued by <paramref name="operation"/> when given.</summary>
    public (FoundChild Child, GeneticProfile Profile) NewChild(string id, IReadOnlyDictionary<string, Genotype>? genotypes = null, string? operation = null)
    {
        var child = FoundChild.Create(
            id, operation, new DateOnly(2023, 6, 1), Place.Create("福建").Value, AgeRange.Create(12, 14).Value, Sex.Male, "welfare home", null, "",
            null, null, $"S-{id}", T0).Value;
        return (child, Profile($"S-{id}", genotypes ?? _factory.Founder()));
    }

    public static async Task AddFamilyAsync(RegistryStore store, Family family)
    {
        (await store.AddReportAsync(family.Report, family.Donors, "caseworker")).IsSuccess.ShouldBeTrue();
        foreach (var profile in family.Profiles)
        {
            (await store.AddSampleAsync(SampleOf(profile, SampleSubject.Relative), profile, "lab")).IsSuccess.ShouldBeTrue();
        }
    }

    public static async Task<MatchingOutcome> AddChildAsync(RegistryStore store, (FoundChild Child, GeneticProfile Profile) child)
    {
        var added = await store.AddFoundChildAsync(child.Child, "caseworker");
        added.IsSuccess.ShouldBeTrue(added.IsSuccess ? null : string.Join("; ", added.Errors));
        var sampled = await store.AddSampleAsync(SampleOf(child.Profile, SampleSubject.FoundChild), child.Profile, "lab");
        sampled.IsSuccess.ShouldBeTrue(sampled.IsSuccess ? null : string.Join("; ", sampled.Errors));
        return sampled.Value;
    }

    public static Sample SampleOf(GeneticProfile profile, SampleSubject subject) =>
        Sample.Create(profile.SampleCode, subject, "lab-1", "Goldeneye 20A", new DateOnly(2024, 2, 1)).Value
            .HandOver(new CustodyEntry(T0.AddDays(-20), "collector", "lab-1", "seal 42")).Value;

    private static Donor Donor(string id, string report, FamilyRole role, Sex sex, ConsentScopes scopes, string sample) =>
        Homeward.Registry.Cases.Donor.Create(id, report, role, sex, ChineseName.Create(null, "Li").Value, false, GuardianStatus.Guardian, Consent.Given(scopes, T0, "caseworker").Value, sample).Value;

    private static GeneticProfile Profile(string code, IReadOnlyDictionary<string, Genotype> loci) => GeneticProfile.Create(code, loci).Value;
}

/// <summary>A report, its two relatives, their profiles, and the genotypes of the family's missing child.</summary>
internal sealed record Family(MissingChildReport Report, IReadOnlyList<Donor> Donors, IReadOnlyList<GeneticProfile> Profiles, IReadOnlyDictionary<string, Genotype> ChildGenotypes);
