using Homeward.Kinship;

namespace Homeward.Search.Tests;

/// <summary>
/// Every report shape against a kinship case written out by hand with the Kinship API: H1 the family
/// with the found child Q in the missing child's place, H2 the same family (the missing child left
/// out, or untyped where its children need it) with Q a founder of its own. The search's LR — index
/// tables at θ = 0, the engine on <see cref="ExactScorer.CaseFor"/> at θ &gt; 0 — must equal it, for the
/// true child and unrelated children, both sexes, with and without mutation models.
/// </summary>
public sealed class HandWrittenH2Tests
{
    private const string Q = "Q";
    private static readonly FrequencyTable Asian = TestData.Table("nist1036-asian.csv");
    private static readonly string[] Markers = ["D3S1358", "vWA", "FGA", "D8S1179", "D21S11", "TH01"];

    private static readonly HandCase[] Cases =
    [
        new("mother", [FamilyRole.Mother], (d, x) => (
            [P("~f", Sex.Male), P(d[0].Id, Sex.Female), P(Q, x, "~f", d[0].Id)],
            [P(d[0].Id, Sex.Female), P(Q, x)])),
        new("full sibling", [FamilyRole.FullSibling], (d, x) => (
            [P("~f", Sex.Male), P("~m", Sex.Female), P(Q, x, "~f", "~m"), P(d[0].Id, d[0].Sex, "~f", "~m")],
            [P("~f", Sex.Male), P("~m", Sex.Female), P(d[0].Id, d[0].Sex, "~f", "~m"), P(Q, x)])),
        new("child of the missing person", [FamilyRole.Child], (d, x) => (
            [P("~f", Sex.Male), P("~m", Sex.Female), P(Q, x, "~f", "~m"), P("~p", Other(x)), P(d[0].Id, d[0].Sex, Father(x, Q, "~p"), Mother(x, Q, "~p"))],
            [P("~f", Sex.Male), P("~m", Sex.Female), P("~x", x, "~f", "~m"), P("~p", Other(x)), P(d[0].Id, d[0].Sex, Father(x, "~x", "~p"), Mother(x, "~x", "~p")), P(Q, x)])),
        new("two full siblings", [FamilyRole.FullSibling, FamilyRole.FullSibling], (d, x) => (
            [P("~f", Sex.Male), P("~m", Sex.Female), P(Q, x, "~f", "~m"), P(d[0].Id, d[0].Sex, "~f", "~m"), P(d[1].Id, d[1].Sex, "~f", "~m")],
            [P("~f", Sex.Male), P("~m", Sex.Female), P(d[0].Id, d[0].Sex, "~f", "~m"), P(d[1].Id, d[1].Sex, "~f", "~m"), P(Q, x)])),
        new("mother and full sibling", [FamilyRole.Mother, FamilyRole.FullSibling], (d, x) => (
            [P("~f", Sex.Male), P(d[0].Id, Sex.Female), P(Q, x, "~f", d[0].Id), P(d[1].Id, d[1].Sex, "~f", d[0].Id)],
            [P("~f", Sex.Male), P(d[0].Id, Sex.Female), P(d[1].Id, d[1].Sex, "~f", d[0].Id), P(Q, x)])),
        new("father, mother and full sibling", [FamilyRole.Father, FamilyRole.Mother, FamilyRole.FullSibling], (d, x) => (
            [P(d[0].Id, Sex.Male), P(d[1].Id, Sex.Female), P(Q, x, d[0].Id, d[1].Id), P(d[2].Id, d[2].Sex, d[0].Id, d[1].Id)],
            [P(d[0].Id, Sex.Male), P(d[1].Id, Sex.Female), P(d[2].Id, d[2].Sex, d[0].Id, d[1].Id), P(Q, x)])),
        new("paternal grandparents", [FamilyRole.PaternalGrandfather, FamilyRole.PaternalGrandmother], (d, x) => (
            [P(d[0].Id, Sex.Male), P(d[1].Id, Sex.Female), P("~f", Sex.Male, d[0].Id, d[1].Id), P("~m", Sex.Female), P(Q, x, "~f", "~m")],
            [P(d[0].Id, Sex.Male), P(d[1].Id, Sex.Female), P(Q, x)])),
        new("two maternal half siblings", [FamilyRole.MaternalHalfSibling, FamilyRole.MaternalHalfSibling], (d, x) => (
            [P("~f", Sex.Male), P("~m", Sex.Female), P(Q, x, "~f", "~m"), P("~h1", Sex.Male), P(d[0].Id, d[0].Sex, "~h1", "~m"), P("~h2", Sex.Male), P(d[1].Id, d[1].Sex, "~h2", "~m")],
            [P("~m", Sex.Female), P("~h1", Sex.Male), P(d[0].Id, d[0].Sex, "~h1", "~m"), P("~h2", Sex.Male), P(d[1].Id, d[1].Sex, "~h2", "~m"), P(Q, x)])),
        new("father, paternal half sibling and maternal grandmother", [FamilyRole.Father, FamilyRole.PaternalHalfSibling, FamilyRole.MaternalGrandmother], (d, x) => (
            [P(d[0].Id, Sex.Male), P("~mgf", Sex.Male), P(d[2].Id, Sex.Female), P("~m", Sex.Female, "~mgf", d[2].Id), P(Q, x, d[0].Id, "~m"), P("~hm", Sex.Female), P(d[1].Id, d[1].Sex, d[0].Id, "~hm")],
            [P(d[0].Id, Sex.Male), P(d[2].Id, Sex.Female), P("~hm", Sex.Female), P(d[1].Id, d[1].Sex, d[0].Id, "~hm"), P(Q, x)])),
        new("mother and two children of the missing person", [FamilyRole.Mother, FamilyRole.Child, FamilyRole.Child], (d, x) => (
            [P("~f", Sex.Male), P(d[0].Id, Sex.Female), P(Q, x, "~f", d[0].Id), P("~p", Other(x)),
             P(d[1].Id, d[1].Sex, Father(x, Q, "~p"), Mother(x, Q, "~p")), P(d[2].Id, d[2].Sex, Father(x, Q, "~p"), Mother(x, Q, "~p"))],
            [P("~f", Sex.Male), P(d[0].Id, Sex.Female), P("~x", x, "~f", d[0].Id), P("~p", Other(x)),
             P(d[1].Id, d[1].Sex, Father(x, "~x", "~p"), Mother(x, "~x", "~p")), P(d[2].Id, d[2].Sex, Father(x, "~x", "~p"), Mother(x, "~x", "~p")), P(Q, x)])),
    ];

    public static TheoryData<string, double> Settings() => new()
    {
        { "none", 0 },
        { "stepwise", 0 },
        { "equal-male-proportional-female", 0 },
        { "none", 0.02 },
        { "equal-male-proportional-female", 0.01 },
    };

    [Theory]
    [MemberData(nameof(Settings))]
    public void Every_shape_scores_as_the_hand_written_identification_case(string model, double theta)
    {
        var settings = new KinshipSettings(Asian, theta, Mutation(model), null);
        var factory = new FamilyFactory(Asian, Markers, seed: 31, mutationChance: 0, missingChance: 0.1);
        var references = new List<ReferenceProfile>();
        var queries = new List<QueryProfile>();
        var shapeOf = new Dictionary<string, HandCase>(StringComparer.Ordinal);
        foreach (var (hand, c) in Cases.Select((h, c) => (h, c)))
        {
            var sex = c % 2 == 0 ? Sex.Male : Sex.Female;
            var (donors, child) = factory.Report($"R-{c:D2}", hand.Roles, sex);
            references.AddRange(donors);
            shapeOf[$"R-{c:D2}"] = hand;
            queries.Add(new QueryProfile($"Q-{c:D2}", sex, child));
        }

        queries.Add(new QueryProfile("Q-U1", Sex.Male, factory.Founder()));
        queries.Add(new QueryProfile("Q-U2", Sex.Female, factory.Thin(factory.Founder())));
        var panel = MarkerPanel.Build(settings, references.Select(r => r.Loci).Concat(queries.Select(q => q.Loci))).Value;
        var index = ReferenceIndex.Build(references, panel, settings);
        index.IsSuccess.ShouldBeTrue(string.Join("; ", index.Errors ?? []));
        var byReport = references.GroupBy(r => r.Report).ToDictionary(g => g.Key, g => g.ToList());
        var search = new KinshipSearch(index.Value);
        var compared = 0;
        foreach (var query in queries)
        {
            var candidates = search.Search(query, minimumLr: 0, top: int.MaxValue).Candidates;
            candidates.Count.ShouldBe(Cases.Length);
            foreach (var candidate in candidates)
            {
                var donors = byReport[candidate.Report];
                var (h1, h2) = shapeOf[candidate.Report].Pedigrees(donors, query.Sex);
                var expected = HandLr(panel.Table, settings, h1, h2, donors, query);
                AssertClose(candidate.LikelihoodRatio, expected, $"{query.Id} vs {shapeOf[candidate.Report].Name}");
                compared++;
            }
        }

        compared.ShouldBe(queries.Count * Cases.Length);
    }

    private static double HandLr(FrequencyTable table, KinshipSettings settings, PersonSpec[] h1, PersonSpec[] h2, IReadOnlyList<ReferenceProfile> donors, QueryProfile query)
    {
        var genotypes = donors.ToDictionary(d => d.Id, d => d.Loci, StringComparer.Ordinal);
        genotypes[Q] = query.Loci;
        var kinshipCase = new KinshipCase(table, Pedigree.Create(h1, "H1").Value, Pedigree.Create(h2, "H2").Value, genotypes, settings.Theta, settings.Mutation, settings.MinimumFrequency);
        var result = LikelihoodRatioCalculator.Compute(kinshipCase);
        result.IsSuccess.ShouldBeTrue(string.Join("; ", result.Errors ?? []));
        return result.Value.LikelihoodRatio;
    }

    private static void AssertClose(double actual, double expected, string what)
    {
        if (expected == 0)
        {
            actual.ShouldBe(0, what);
            return;
        }

        (Math.Abs(actual - expected) / expected).ShouldBeLessThan(1e-9, $"{what}: search {actual}, hand-written case {expected}");
    }

    private static PersonSpec P(string id, Sex sex, string? father = null, string? mother = null) => new(id, sex, father, mother);

    private static Sex Other(Sex sex) => sex == Sex.Male ? Sex.Female : Sex.Male;

    private static string Father(Sex missingChildSex, string missingChild, string partner) => missingChildSex == Sex.Male ? missingChild : partner;

    private static string Mother(Sex missingChildSex, string missingChild, string partner) => missingChildSex == Sex.Male ? partner : missingChild;

    private static MutationSettings Mutation(string model) => model switch
    {
        "none" => MutationSettings.None,
        "stepwise" => new MutationSettings(new SexSpecificMutation(
            MutationModel.Stepwise(0.003, 1e-4, 0.5).Value, MutationModel.Stepwise(0.001, 1e-4, 0.5).Value)),
        _ => new MutationSettings(new SexSpecificMutation(MutationModel.Equal(0.01).Value, MutationModel.Proportional(0.005).Value)),
    };

    private sealed record HandCase(string Name, FamilyRole[] Roles, Func<IReadOnlyList<ReferenceProfile>, Sex, (PersonSpec[] H1, PersonSpec[] H2)> Pedigrees);
}
