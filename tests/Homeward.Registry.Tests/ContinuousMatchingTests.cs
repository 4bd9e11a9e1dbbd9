using System.Globalization;
using Homeward.Kinship;
using Homeward.Registry.Cases;
using Homeward.Registry.Continuous;
using Homeward.Registry.Matching;
using Homeward.Search;

namespace Homeward.Registry.Tests;

/// <summary>
/// End to end on a small simulated registry: 24 reports (father+mother, mother only, father only), the
/// true missing children of the first 8 found, 8 unrelated found children.
/// </summary>
public sealed class ContinuousMatchingTests
{
    private static readonly FrequencyTable Asian = TestData.Table("nist1036-asian.csv");
    private static readonly string[] Markers =
        ["D3S1358", "vWA", "FGA", "D8S1179", "D21S11", "D18S51", "D5S818", "D13S317", "D7S820", "D16S539", "TH01", "TPOX", "CSF1PO", "D2S1338", "D19S433"];

    private static readonly KinshipSettings Settings = new(Asian, 0, MutationSettings.None, null);
    private static readonly FakeClock Clock = new(Fixtures.T0);
    private static readonly HashSet<MatchKey> None = [];

    [Fact]
    public void Every_found_true_child_is_matched_to_its_report_and_nothing_else_passes()
    {
        var snapshot = Registry(seed: 3);
        var run = Matcher().SearchAll(snapshot, ExclusionRegistry.Empty, None).Value;
        var keys = run.Matches.Select(m => m.Key).ToHashSet();
        for (var i = 0; i < 8; i++)
        {
            keys.ShouldContain(new MatchKey(ReportId(i), ChildId(i)));
        }

        // Chance hits above LR 1,000 with 15 loci are possible but must not be the true pairs' equals.
        foreach (var m in run.Matches.Where(m => m.Key.ReportId != TrueReportOf(m.Key.FoundChildId)))
        {
            m.Score.PosteriorProbability.ShouldBeLessThan(0.5);
        }

        foreach (var m in run.Matches.Where(m => m.Key.ReportId == TrueReportOf(m.Key.FoundChildId)))
        {
            m.Score.PosteriorProbability.ShouldBeGreaterThan(0.99);
        }
    }

    [Fact]
    public void The_score_carries_the_exact_per_marker_lr_and_the_descriptive_factors()
    {
        var snapshot = Registry(seed: 5);
        var run = Matcher().SearchFoundChild(snapshot, ChildId(0), ExclusionRegistry.Empty, None).Value;
        var match = run.Matches.Single(m => m.Key.ReportId == ReportId(0));
        match.Score.Markers.Count.ShouldBe(Markers.Length);
        match.Score.Markers.Aggregate(1.0, (p, l) => p * l.LikelihoodRatio).ShouldBe(match.Score.DnaLikelihoodRatio, match.Score.DnaLikelihoodRatio * 1e-9);
        match.Score.Factors.Count.ShouldBe(5);
        match.Score.PriorOdds.ShouldBe(1.0 / 23, 1e-12);
        match.Score.FrequencyTable.ShouldBe("nist1036-asian.csv");
        match.Score.ScoredAt.ShouldBe(Fixtures.T0);
        match.Donors.ShouldAllBe(code => code.StartsWith("S-", StringComparison.Ordinal));

        // The same LR as the search's definition of a report's score.
        var donors = snapshot.Donors.Where(d => d.ReportId == ReportId(0))
            .Select(d => new ReferenceProfile(d.SampleCode!, d.ReportId, d.Role, d.Sex, snapshot.Profiles[d.SampleCode!].Loci)).ToList();
        var query = new QueryProfile(ChildId(0), Sex.Male, snapshot.Profiles[SampleOf(ChildId(0))].Loci);
        var panel = MarkerPanel.Build(Settings, donors.Select(d => d.Loci).Append(query.Loci)).Value;
        match.Score.DnaLikelihoodRatio.ShouldBe(ExactScorer.Score(panel, Settings, donors, query), match.Score.DnaLikelihoodRatio * 1e-9);
    }

    [Fact]
    public void Only_donors_consenting_to_domestic_identification_are_searched()
    {
        var snapshot = Registry(seed: 7);
        var withdrawn = snapshot.Donors.Select(d => d.ReportId == ReportId(1)
            ? d.WithConsent(d.Consent.Withdraw(ConsentScopes.DomesticIdentification, Fixtures.T0, "cw"))
            : d).ToList();
        var run = Matcher().SearchAll(snapshot with { Donors = withdrawn }, ExclusionRegistry.Empty, None).Value;
        run.Matches.ShouldNotContain(m => m.Key.ReportId == ReportId(1));
        run.Warnings.ShouldContain(w => w.Contains(ReportId(1), StringComparison.Ordinal) && w.Contains("no consent", StringComparison.Ordinal));
        // International-search consent alone does not put a profile in the domestic search.
        var international = snapshot.Donors.Select(d => d.ReportId == ReportId(2)
            ? d.WithConsent(Fixtures.Consent(ConsentScopes.InternationalSearch))
            : d).ToList();
        Matcher().SearchAll(snapshot with { Donors = international }, ExclusionRegistry.Empty, None).Value.Matches.ShouldNotContain(m => m.Key.ReportId == ReportId(2));
    }

    [Fact]
    public void Excluded_and_existing_pairs_are_not_proposed_again()
    {
        var snapshot = Registry(seed: 9);
        var key = new MatchKey(ReportId(0), ChildId(0));
        var excluded = MatchCase.Open("M-1", key, null, ExclusionRegistry.Empty, "search", Fixtures.T0, "hit").Value
            .Exclude("analyst", Fixtures.T0.AddDays(1), "family is not the child's (stories disagree, retyped)").Value;
        var exclusions = ExclusionRegistry.From([excluded]);
        var existing = new HashSet<MatchKey> { new(ReportId(1), ChildId(1)) };
        var run = Matcher().SearchAll(snapshot, exclusions, existing).Value;
        run.Matches.ShouldNotContain(m => m.Key == key);
        run.Matches.ShouldNotContain(m => m.Key == new MatchKey(ReportId(1), ChildId(1)));
        run.SkippedExcluded.ShouldBe(1);
        run.SkippedExisting.ShouldBe(1);
        run.Matches.ShouldContain(m => m.Key == new MatchKey(ReportId(2), ChildId(2)));
    }

    [Fact]
    public void A_new_report_is_searched_against_every_found_child_at_once()
    {
        var snapshot = Registry(seed: 11);
        var run = Matcher().SearchReport(snapshot, ReportId(3), ExclusionRegistry.Empty, None).Value;
        run.Matches.ShouldAllBe(m => m.Key.ReportId == ReportId(3));
        run.Matches.ShouldContain(m => m.Key.FoundChildId == ChildId(3));
    }

    [Fact]
    public void Closed_reports_are_not_searched()
    {
        var snapshot = Registry(seed: 13);
        var reports = snapshot.Reports.Select(r => r.Id == ReportId(4) ? r.Close(Fixtures.T0).Value : r).ToList();
        Matcher().SearchAll(snapshot with { Reports = reports }, ExclusionRegistry.Empty, None).Value.Matches.ShouldNotContain(m => m.Key.ReportId == ReportId(4));
    }

    [Fact]
    public void Stored_matches_are_rescored_when_frequencies_change_and_keep_their_state()
    {
        var snapshot = Registry(seed: 15);
        var run = Matcher().SearchAll(snapshot, ExclusionRegistry.Empty, None).Value;
        var opened = run.Matches.Select((m, i) => m.Open($"M-{i}", ExclusionRegistry.Empty, None, "search", Fixtures.T0).Value).ToList();
        opened[0].History[0].Reason.ShouldStartWith("continuous matching: DNA LR ");
        opened[0] = opened[0].StartReview("analyst", Fixtures.T0.AddDays(1), "looks right").Value;
        var other = new KinshipSettings(TestData.Table("norstr-east-asia-2023.csv"), 0, MutationSettings.None, null);
        var rescored = new ContinuousMatcher(other, MatchingSettings.Default, Clock).Rescore(snapshot, opened).Value.Matches;
        rescored.Count.ShouldBe(opened.Count);
        rescored[0].Match.State.ShouldBe(MatchState.UnderReview);
        rescored[0].Match.Score!.FrequencyTable.ShouldBe("norstr-east-asia-2023.csv");
        rescored.ShouldContain(r => Math.Abs(r.Match.Score!.DnaLikelihoodRatio - r.PreviousDnaLr!.Value) > 1e-6 * r.PreviousDnaLr.Value);
    }

    [Fact]
    public void A_match_whose_donors_withdrew_consent_is_not_rescored_and_is_named()
    {
        var snapshot = Registry(seed: 17);
        var key = new MatchKey(ReportId(0), ChildId(0));
        var match = MatchCase.Open("M-9", key, null, ExclusionRegistry.Empty, "search", Fixtures.T0, "hit").Value;
        var withdrawn = snapshot.Donors.Select(d => d.ReportId == ReportId(0)
            ? d.WithConsent(d.Consent.Withdraw(ConsentScopes.DomesticIdentification, Fixtures.T0, "cw"))
            : d).ToList();
        var run = Matcher().Rescore(snapshot with { Donors = withdrawn }, [match]).Value;
        run.Matches.ShouldBeEmpty();
        run.Warnings.ShouldContain(w => w.Contains("M-9", StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_whose_donors_form_no_pedigree_is_left_out_with_a_warning()
    {
        var snapshot = Registry(seed: 19);
        var donors = snapshot.Donors.ToList();
        donors.Add(Fixtures.Donor("P-X", ReportId(0), FamilyRole.Mother, Sex.Female, sample: "S-X"));
        var profiles = new Dictionary<string, GeneticProfile>(snapshot.Profiles) { ["S-X"] = snapshot.Profiles["S-R-00-M"] };
        var run = Matcher().SearchAll(snapshot with { Donors = donors, Profiles = profiles }, ExclusionRegistry.Empty, None).Value;
        run.Warnings.ShouldContain(w => w.StartsWith("report R-00 not searched", StringComparison.Ordinal));
        run.Matches.ShouldNotContain(m => m.Key.ReportId == ReportId(0));
        run.Matches.ShouldContain(m => m.Key == new MatchKey(ReportId(1), ChildId(1)));
    }

    [Fact]
    public void A_report_of_three_full_siblings_is_proposed_for_their_missing_sibling_only()
    {
        // Under H2 "all typed persons unrelated" the siblings' own kinship LR
        // was counted for every child, so unrelated children passed; H2 keeps the siblings' pedigree. With
        // a mutation model, as national searches run, no unrelated child is excluded outright.
        var snapshot = Registry(seed: 7);
        var factory = new FamilyFactory(Asian, Markers, seed: 70);
        var father = factory.Founder();
        var mother = factory.Founder();
        var donors = snapshot.Donors.ToList();
        var profiles = new Dictionary<string, GeneticProfile>(snapshot.Profiles);
        AddDonor(donors, profiles, "R-99", "S1", FamilyRole.FullSibling, Sex.Female, factory.Child(father, mother));
        AddDonor(donors, profiles, "R-99", "S2", FamilyRole.FullSibling, Sex.Male, factory.Child(father, mother));
        AddDonor(donors, profiles, "R-99", "S3", FamilyRole.FullSibling, Sex.Female, factory.Child(father, mother));
        var children = snapshot.FoundChildren.ToList();
        AddChild(children, profiles, "F-99", factory.Child(father, mother));
        var withSiblings = snapshot with
        {
            Reports = [.. snapshot.Reports, Fixtures.Report("R-99", born: new DateOnly(2010, 5, 1), lastSeen: new DateOnly(2013, 5, 1))],
            Donors = donors,
            FoundChildren = children,
            Profiles = profiles,
        };

        var stepwise = new MutationSettings(new SexSpecificMutation(MutationModel.Stepwise(0.003, 1e-4, 0.5).Value, MutationModel.Stepwise(0.001, 1e-4, 0.5).Value));
        var matcher = new ContinuousMatcher(new KinshipSettings(Asian, 0, stepwise, null), MatchingSettings.Default, Clock);

        var run = matcher.SearchAll(withSiblings, ExclusionRegistry.Empty, None).Value;

        run.Matches.Where(m => m.Key.ReportId == "R-99").Select(m => m.Key.FoundChildId).ShouldBe(["F-99"]);
    }

    [Fact]
    public void A_report_whose_donors_contradict_their_roles_is_left_out_with_a_warning()
    {
        var snapshot = Registry(seed: 23);
        var donors = snapshot.Donors.ToList();
        var profiles = new Dictionary<string, GeneticProfile>(snapshot.Profiles);
        var factory = new FamilyFactory(Asian, Markers, seed: 230);
        AddDonor(donors, profiles, ReportId(0), "S", FamilyRole.FullSibling, Sex.Male, factory.Child(factory.Founder(), factory.Founder()));

        var run = Matcher().SearchAll(snapshot with { Donors = donors, Profiles = profiles }, ExclusionRegistry.Empty, None).Value;

        run.Warnings.ShouldContain(w => w.StartsWith("report R-00 not searched", StringComparison.Ordinal) && w.Contains("impossible under the relationships", StringComparison.Ordinal));
        run.Matches.ShouldNotContain(m => m.Key.ReportId == ReportId(0));
        run.Matches.ShouldContain(m => m.Key == new MatchKey(ReportId(1), ChildId(1)));
    }

    private static ContinuousMatcher Matcher() => new(Settings, MatchingSettings.Default, Clock);

    private static string ReportId(int i) => string.Create(CultureInfo.InvariantCulture, $"R-{i:00}");

    private static string ChildId(int i) => string.Create(CultureInfo.InvariantCulture, $"F-{i:00}");

    private static string SampleOf(string childId) => "S-" + childId;

    private static string? TrueReportOf(string childId) => int.Parse(childId[2..], CultureInfo.InvariantCulture) is var i && i < 8 ? ReportId(i) : null;

    private static RegistrySnapshot Registry(int seed)
    {
        var factory = new FamilyFactory(Asian, Markers, seed);
        var reports = new List<MissingChildReport>();
        var donors = new List<Donor>();
        var children = new List<FoundChild>();
        var profiles = new Dictionary<string, GeneticProfile>(StringComparer.Ordinal);
        for (var i = 0; i < 24; i++)
        {
            var father = factory.Founder();
            var mother = factory.Founder();
            var child = factory.Child(father, mother);
            reports.Add(Fixtures.Report(ReportId(i), born: new DateOnly(2010, 5, 1), lastSeen: new DateOnly(2013, 5, 1)));
            if (i % 3 != 2)
            {
                AddDonor(donors, profiles, ReportId(i), "M", FamilyRole.Mother, Sex.Female, mother);
            }

            if (i % 3 != 1)
            {
                AddDonor(donors, profiles, ReportId(i), "F", FamilyRole.Father, Sex.Male, father);
            }

            if (i < 8)
            {
                AddChild(children, profiles, ChildId(i), child);
            }
        }

        for (var i = 8; i < 16; i++)
        {
            AddChild(children, profiles, ChildId(i), factory.Child(factory.Founder(), factory.Founder()));
        }

        return new RegistrySnapshot(reports, donors, children, profiles);
    }

    private static void AddDonor(List<Donor> donors, Dictionary<string, GeneticProfile> profiles, string report, string suffix, FamilyRole role, Sex sex, Dictionary<string, Genotype> loci)
    {
        var code = $"S-{report}-{suffix}";
        donors.Add(Fixtures.Donor($"P-{report}-{suffix}", report, role, sex, sample: code));
        profiles[code] = GeneticProfile.Create(code, loci).Value;
    }

    private static void AddChild(List<FoundChild> children, Dictionary<string, GeneticProfile> profiles, string id, Dictionary<string, Genotype> loci)
    {
        var child = FoundChild.Create(id, "OP-1", new DateOnly(2023, 6, 1), Fixtures.At("福建"), AgeRange.Create(12, 14).Value, Sex.Male, "home", null, null, null, null, SampleOf(id), Fixtures.T0).Value;
        children.Add(child);
        profiles[SampleOf(id)] = GeneticProfile.Create(SampleOf(id), loci).Value;
    }
}
