using Homeward.Kinship;

namespace Homeward.Search.Tests;

/// <summary>
/// The donors' kinship among themselves is not evidence about a found child: with two full-sibling
/// donors an unrelated child scores about 1, not the siblings' own LR; single-donor reports score as
/// before (H2 "all unrelated" and H2 "the donor in its pedigree" agree there without mutation, and
/// for founders with it); donors impossible under their own pedigree have no LR and are refused.
/// </summary>
public sealed class RelatedDonorsTests
{
    private static readonly FrequencyTable Asian = TestData.Table("nist1036-asian.csv");
    private static readonly string[] Markers = [.. Asian.Markers.Where(m => m.Name is not ("SE33" or "Penta C" or "F13A01" or "F13B" or "FESFPS" or "LPL")).Take(20).Select(m => m.Name)];
    private static readonly KinshipSettings NoMutation = new(Asian, 0, MutationSettings.None, null);

    private static readonly KinshipSettings Stepwise = new(Asian, 0, new MutationSettings(new SexSpecificMutation(
        MutationModel.Stepwise(0.003, 1e-4, 0.5).Value, MutationModel.Stepwise(0.001, 1e-4, 0.5).Value)), null);

    [Fact]
    public void Two_full_sibling_donors_do_not_make_an_unrelated_child_a_match()
    {
        // With a mutation model no child is excluded outright (LR 0), so every unrelated child has an LR
        // to compare; the siblings' own kinship is what "all typed persons unrelated" added to each.
        var factory = new FamilyFactory(Asian, Markers, seed: 8, mutationChance: 0, missingChance: 0);
        var (donors, trueChild) = factory.Report("R-SIBS", [FamilyRole.FullSibling, FamilyRole.FullSibling], Sex.Female);
        var unrelated = Enumerable.Range(0, 20).Select(i => new QueryProfile($"Q-U{i:D2}", Sex.Female, factory.Founder())).ToList();
        var queries = unrelated.Append(new QueryProfile("Q-TRUE", Sex.Female, trueChild)).ToList();
        var panel = MarkerPanel.Build(Stepwise, donors.Select(d => d.Loci).Concat(queries.Select(q => q.Loci))).Value;
        var search = new KinshipSearch(ReferenceIndex.Build(donors, panel, Stepwise).Value);

        var siblingsLr = OldLr(panel, donors, query: null, Stepwise);
        siblingsLr.ShouldBeGreaterThan(1e4);
        var log10 = new List<double>();
        foreach (var query in unrelated)
        {
            var lr = search.Search(query, minimumLr: 0, top: 1).Candidates.Single().LikelihoodRatio;
            lr.ShouldBeGreaterThan(0);
            var old = OldLr(panel, donors, query, Stepwise);
            (Math.Abs(lr * siblingsLr - old) / old).ShouldBeLessThan(1e-9, "old LR = new LR × the siblings' own LR");
            log10.Add(Math.Log10(lr));
        }

        log10.Max().ShouldBeLessThan(2, "no unrelated child reaches LR 100");
        log10.Average().ShouldBeLessThan(0, "log10 LR of unrelated children is negative on average");
        search.SearchMany(unrelated, minimumLr: 1000, top: 10).ShouldAllBe(r => r.Candidates.Count == 0);
        search.Search(queries[^1], minimumLr: 1000, top: 10).Candidates.Single().Report.ShouldBe("R-SIBS");
    }

    public static TheoryData<FamilyRole> SingleRoles() =>
    [
        FamilyRole.Father, FamilyRole.Mother, FamilyRole.FullSibling, FamilyRole.MaternalHalfSibling, FamilyRole.PaternalHalfSibling,
        FamilyRole.MaternalGrandmother, FamilyRole.MaternalGrandfather, FamilyRole.PaternalGrandmother, FamilyRole.PaternalGrandfather, FamilyRole.Child,
    ];

    [Theory]
    [MemberData(nameof(SingleRoles))]
    public void A_single_donor_scores_as_with_all_unrelated_without_mutation_and_for_founders_with_it(FamilyRole role)
    {
        var factory = new FamilyFactory(Asian, Markers, seed: 3, mutationChance: 0.05, missingChance: 0.1);
        var (donors, child) = factory.Report("R-1", [role], Sex.Male);
        var queries = new[] { new QueryProfile("Q-TRUE", Sex.Male, child), new QueryProfile("Q-U", Sex.Male, factory.Thin(factory.Founder())) };
        var founder = role is FamilyRole.Father or FamilyRole.Mother or FamilyRole.MaternalGrandmother or FamilyRole.MaternalGrandfather or FamilyRole.PaternalGrandmother or FamilyRole.PaternalGrandfather;
        foreach (var settings in founder ? new[] { NoMutation, Stepwise } : [NoMutation])
        {
            var panel = MarkerPanel.Build(settings, donors.Select(d => d.Loci).Concat(queries.Select(q => q.Loci))).Value;
            var search = new KinshipSearch(ReferenceIndex.Build(donors, panel, settings).Value);
            foreach (var query in queries)
            {
                var old = OldLr(panel, donors, query, settings);
                var lr = search.Search(query, minimumLr: 0, top: 1).Candidates.Single().LikelihoodRatio;
                if (old == 0)
                {
                    lr.ShouldBe(0);
                    continue;
                }

                (Math.Abs(lr - old) / old).ShouldBeLessThan(1e-9, $"{role}, {query.Id}");
            }
        }
    }

    [Fact]
    public void Donors_impossible_under_their_pedigree_are_refused_without_mutation_and_scored_with_it()
    {
        var factory = new FamilyFactory(Asian, ["TH01", "vWA", "FGA"], seed: 2, mutationChance: 0, missingChance: 0);
        var mother = factory.Founder();
        mother["TH01"] = new Genotype(AlleleLabel.Parse("6"), AlleleLabel.Parse("7"));
        var sibling = factory.Child(factory.Founder(), mother);
        sibling["TH01"] = new Genotype(AlleleLabel.Parse("9"), AlleleLabel.Parse("9.3"));
        ReferenceProfile[] donors =
        [
            new("S-M", "R-1", FamilyRole.Mother, Sex.Female, mother),
            new("S-S", "R-1", FamilyRole.FullSibling, Sex.Male, sibling),
        ];
        var query = new QueryProfile("Q", Sex.Male, factory.Founder());

        var panel = MarkerPanel.Build(NoMutation, [mother, sibling, query.Loci]).Value;
        var refused = new ReferenceIndexBuilder(panel, NoMutation).Add("R-1", donors);
        refused.IsSuccess.ShouldBeFalse();
        refused.Errors!.ShouldHaveSingleItem().Place.ShouldBe("report R-1, marker TH01");
        refused.Errors![0].Message.ShouldContain("impossible under the relationships their roles state without mutation");
        var engine = LikelihoodRatioCalculator.Compute(ExactScorer.CaseFor(panel.Table, NoMutation, donors, query).Value);
        engine.IsSuccess.ShouldBeFalse("the engine has no LR for it either");

        var withTheta = new KinshipSettings(Asian, 0.01, MutationSettings.None, null);
        new ReferenceIndexBuilder(MarkerPanel.Build(withTheta, [mother, sibling, query.Loci]).Value, withTheta).Add("R-1", donors).IsSuccess.ShouldBeFalse();

        var mutationPanel = MarkerPanel.Build(Stepwise, [mother, sibling, query.Loci]).Value;
        var index = ReferenceIndex.Build(donors, mutationPanel, Stepwise);
        index.IsSuccess.ShouldBeTrue();
        var lr = new KinshipSearch(index.Value).Search(query, minimumLr: 0, top: 1).Candidates.Single().LikelihoodRatio;
        var exact = ExactScorer.Score(mutationPanel, Stepwise, donors, query);
        (Math.Abs(lr - exact) / exact).ShouldBeLessThan(1e-9);
    }

    /// <summary>The LR against "all typed persons unrelated" (the engine's default H2); no query: the donors' own.</summary>
    private static double OldLr(MarkerPanel panel, IReadOnlyList<ReferenceProfile> donors, QueryProfile? query, KinshipSettings? settings = null)
    {
        settings ??= NoMutation;
        var pedigree = ReportPedigree.Build("R", donors.Select(d => (d.Id, d.Role, d.Sex)).ToArray(), query?.Sex ?? Sex.Female).Value;
        var genotypes = donors.ToDictionary(d => d.Id, d => d.Loci, StringComparer.Ordinal);
        if (query is not null)
        {
            genotypes[ReportPedigree.MissingChildId] = query.Loci;
        }

        var kinshipCase = new KinshipCase(panel.Table, pedigree.Pedigree, null, genotypes, settings.Theta, settings.Mutation, settings.MinimumFrequency);
        return LikelihoodRatioCalculator.Compute(kinshipCase).Value.LikelihoodRatio;
    }
}
