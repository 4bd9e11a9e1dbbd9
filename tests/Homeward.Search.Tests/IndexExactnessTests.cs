using Homeward.Kinship;

namespace Homeward.Search.Tests;

/// <summary>
/// The index's scores equal the kinship engine's LR on the equivalent case, for every family shape,
/// with and without mutation, to relative 1e-9; and the vector kernel equals the scalar one.
/// </summary>
public sealed class IndexExactnessTests
{
    private static readonly FrequencyTable Asian = TestData.Table("nist1036-asian.csv");
    private static readonly string[] Markers = ["D3S1358", "vWA", "FGA", "D8S1179", "D21S11", "Penta E"];

    public static TheoryData<string> Models() => new() { "none", "stepwise", "equal-male-proportional-female" };

    [Theory]
    [MemberData(nameof(Models))]
    public void Every_report_shape_scores_exactly_as_the_kinship_engine(string model)
    {
        var settings = new KinshipSettings(Asian, 0, Mutation(model), null);
        var (references, queries) = Database(seed: 11, queriesPerShape: 2);
        var index = Build(references, queries, settings);
        var search = new KinshipSearch(index);
        var byReport = references.GroupBy(r => r.Report).ToDictionary(g => g.Key, g => g.ToList());
        var compared = 0;
        foreach (var query in queries)
        {
            var result = search.Search(query, minimumLr: 0, top: int.MaxValue);
            var expectedCount = byReport.Values.Count(d => query.Sex != Sex.Unknown || d.All(x => x.Role != FamilyRole.Child));
            result.Candidates.Count.ShouldBe(expectedCount);
            foreach (var candidate in result.Candidates)
            {
                var exact = ExactScorer.Score(index.Panel, settings, byReport[candidate.Report], query);
                AssertClose(candidate.LikelihoodRatio, exact, $"{query.Id} vs {candidate.Report} ({string.Join("+", candidate.Relatives)})");
                compared++;
            }
        }

        compared.ShouldBeGreaterThan(300);
    }

    [Fact]
    public void With_theta_the_search_is_the_engine_itself()
    {
        var settings = new KinshipSettings(Asian, 0.01, MutationSettings.None, null);
        var (references, queries) = Database(seed: 5, queriesPerShape: 1);
        var index = Build(references, queries.Take(3).ToList(), settings);
        var search = new KinshipSearch(index);
        var byReport = references.GroupBy(r => r.Report).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var query in queries.Take(3))
        {
            foreach (var candidate in search.Search(query, 0, int.MaxValue).Candidates)
            {
                AssertClose(candidate.LikelihoodRatio, ExactScorer.Score(index.Panel, settings, byReport[candidate.Report], query), candidate.Report);
            }
        }
    }

    [Fact]
    public void Many_queries_at_once_give_the_same_results_as_one_at_a_time()
    {
        var settings = new KinshipSettings(Asian, 0, Mutation("stepwise"), null);
        var (references, queries) = Database(seed: 17, queriesPerShape: 3);
        var index = Build(references, queries, settings);
        var search = new KinshipSearch(index);
        var together = search.SearchMany(queries, minimumLr: 0.5, top: 5);
        for (var q = 0; q < queries.Count; q++)
        {
            var alone = search.Search(queries[q], minimumLr: 0.5, top: 5);
            together[q].Query.ShouldBe(alone.Query);
            together[q].Candidates.ShouldBe(alone.Candidates);
        }
    }

    [Fact]
    public void Markers_with_more_than_255_genotypes_use_wide_codes_and_stay_exact()
    {
        // SE33 of the African American table has 41 alleles: 861 genotypes, so codes need 16 bits.
        var se33 = TestData.Table("nist1036-afam.csv").Find("SE33")!.Value.Marker;
        se33.Count.ShouldBeGreaterThan(22);
        var wide = FrequencyTable.Create("wide", [.. Asian.Markers.Where(m => Markers.Contains(m.Name)), se33]);
        var settings = new KinshipSettings(wide, 0, MutationSettings.None, null);
        var (references, queries) = Database(seed: 23, queriesPerShape: 1);
        var index = Build(references, queries, settings);
        DonorColumns.UsesBytes(index.Panel).ShouldBeFalse();
        var byReport = references.GroupBy(r => r.Report).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var query in queries.Take(4))
        {
            foreach (var candidate in new KinshipSearch(index).Search(query, 0, int.MaxValue).Candidates)
            {
                AssertClose(candidate.LikelihoodRatio, ExactScorer.Score(index.Panel, settings, byReport[candidate.Report], query), candidate.Report);
            }
        }
    }

    [Fact]
    public void Planted_relatives_above_the_threshold_are_all_returned_with_their_exact_lr()
    {
        var settings = new KinshipSettings(Asian, 0, Mutation("stepwise"), null);
        var factory = new FamilyFactory(Asian, [.. Asian.Markers.Take(19).Select(m => m.Name)], seed: 21, mutationChance: 0.01);
        var references = new List<ReferenceProfile>();
        var queries = new List<(QueryProfile Query, string Report)>();
        var r = 0;
        foreach (var shape in FamilyFactory.Shapes)
        {
            for (var k = 0; k < 3; k++)
            {
                var id = $"R-{++r:D3}";
                var (donors, child) = factory.Report(id, shape, Sex.Female);
                references.AddRange(donors);
                queries.Add((new QueryProfile($"Q-{r:D3}", Sex.Female, child), id));
            }
        }

        var index = Build(references, queries.Select(q => q.Query).ToList(), settings);
        var search = new KinshipSearch(index);
        var byReport = references.GroupBy(x => x.Report).ToDictionary(g => g.Key, g => g.ToList());
        var found = 0;
        foreach (var (query, report) in queries)
        {
            var exact = ExactScorer.Score(index.Panel, settings, byReport[report], query);
            var result = search.Search(query, minimumLr: 100, top: 1000);
            if (exact >= 100)
            {
                var hit = result.Candidates.SingleOrDefault(c => c.Report == report);
                hit.ShouldNotBeNull($"{report} (LR {exact}) was not returned for {query.Id}");
                AssertClose(hit.LikelihoodRatio, exact, report);
                found++;
            }
        }

        found.ShouldBeGreaterThan(queries.Count / 2);
    }

    private static void AssertClose(double actual, double expected, string what)
    {
        if (expected == 0)
        {
            actual.ShouldBe(0, what);
            return;
        }

        (Math.Abs(actual - expected) / Math.Abs(expected)).ShouldBeLessThan(1e-9, $"{what}: index {actual}, engine {expected}");
    }

    private static MutationSettings Mutation(string model) => model switch
    {
        "none" => MutationSettings.None,
        "stepwise" => new MutationSettings(new SexSpecificMutation(
            MutationModel.Stepwise(0.003, 1e-4, 0.5).Value, MutationModel.Stepwise(0.001, 1e-4, 0.5).Value)),
        _ => new MutationSettings(new SexSpecificMutation(MutationModel.Equal(0.01).Value, MutationModel.Proportional(0.005).Value)),
    };

    private static (List<ReferenceProfile> References, List<QueryProfile> Queries) Database(int seed, int queriesPerShape)
    {
        var factory = new FamilyFactory(Asian, Markers, seed);
        var references = new List<ReferenceProfile>();
        var queries = new List<QueryProfile>();
        var r = 0;
        foreach (var shape in FamilyFactory.Shapes)
        {
            for (var k = 0; k < queriesPerShape; k++)
            {
                var id = $"R-{++r:D3}";
                var sex = k % 2 == 0 ? Sex.Male : Sex.Female;
                var (donors, child) = factory.Report(id, shape, sex);
                references.AddRange(donors);
                queries.Add(new QueryProfile($"Q-{r:D3}", sex, child));
            }
        }

        queries.Add(new QueryProfile("Q-U1", Sex.Unknown, factory.Founder()));
        queries.Add(new QueryProfile("Q-U2", Sex.Male, factory.Thin(factory.Founder())));
        return (references, queries);
    }

    private static ReferenceIndex Build(List<ReferenceProfile> references, List<QueryProfile> queries, KinshipSettings settings)
    {
        var panel = MarkerPanel.Build(settings, references.Select(r => r.Loci).Concat(queries.Select(q => q.Loci))).Value;
        var index = ReferenceIndex.Build(references, panel, settings);
        index.IsSuccess.ShouldBeTrue(string.Join("; ", index.Errors ?? []));
        return index.Value;
    }
}
