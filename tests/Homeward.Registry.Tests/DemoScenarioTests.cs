using Homeward.Kinship;
using Homeward.Registry.Continuous;
using Homeward.Registry.Demo;
using Homeward.Registry.Matching;

namespace Homeward.Registry.Tests;

/// <summary>The demo scenario: determined by its seed, and its truth consistent with what the registry holds.</summary>
public sealed class DemoScenarioTests
{
    private static readonly FrequencyTable Asian = TestData.Table("nist1036-asian.csv");

    private static DemoScenario Build(int reports, long seed) =>
        DemoScenario.Build(new DemoScenarioOptions { Frequencies = Asian, Reports = reports, Seed = seed }).Value;

    [Fact]
    public void The_same_seed_gives_the_same_scenario_and_another_seed_a_different_one()
    {
        var a = Build(200, 5);
        var b = Build(200, 5);
        var c = Build(200, 6);

        Fingerprint(a).ShouldBe(Fingerprint(b));
        Fingerprint(a).ShouldNotBe(Fingerprint(c));
        a.Truth.ShouldBe(b.Truth);
    }

    [Fact]
    public void The_operation_has_the_figures_of_July_2011_and_about_half_the_children_have_a_report()
    {
        var scenario = Build(300, 1);

        scenario.Operation.Id.ShouldBe(DemoOperationFacts.OperationId);
        scenario.Operation.Arrests.ShouldBe(369);
        scenario.Operation.Provinces.Length.ShouldBe(14);
        scenario.Operation.Children.Length.ShouldBe(89);
        scenario.Snapshot.FoundChildren.Count.ShouldBe(89);
        scenario.Snapshot.Reports.Count.ShouldBe(300);
        scenario.Truth.Values.Count(r => r is not null).ShouldBe(DemoOperationFacts.ChildrenWithReport);
        scenario.FromVietnam.Count.ShouldBe(DemoOperationFacts.FromVietnam);
        foreach (var child in scenario.Snapshot.FoundChildren)
        {
            child.OperationId.ShouldBe(DemoOperationFacts.OperationId);
            child.FoundOn.ShouldBeOneOf(DemoOperationFacts.CrossBorderBust, DemoOperationFacts.NationalBust);
            child.EstimatedAge.MaxYears.ShouldBeLessThan(7);
        }
    }

    [Fact]
    public void The_truth_is_consistent_with_the_records()
    {
        var scenario = Build(300, 2);
        var reports = scenario.Snapshot.Reports.ToDictionary(r => r.Id);
        var children = scenario.Snapshot.FoundChildren.ToDictionary(c => c.Id);
        var reported = scenario.Truth.Where(t => t.Value is not null).ToArray();

        // Each report is the family of at most one child; no child from Vietnam has a Chinese report.
        reported.Select(t => t.Value).Distinct().Count().ShouldBe(reported.Length);
        scenario.FromVietnam.ShouldAllBe(id => scenario.Truth[id] == null);
        scenario.FromVietnam.ShouldAllBe(id => children[id].FoundPlace.Province!.Pinyin == "guangxi");
        foreach (var (childId, reportId) in reported)
        {
            var report = reports[reportId!];
            var child = children[childId];
            report.LastSeenOn.ShouldBeLessThanOrEqualTo(child.FoundOn);
            var trueAge = report.AgeOn(child.FoundOn);
            if (trueAge is { } age)
            {
                age.ShouldBeInRange(10 / 365.2425, 4.01);
            }

            scenario.IsTrue(new MatchKey(reportId!, childId)).ShouldBeTrue();
        }

        // Every donor's sample and every child's sample has a profile; genotypes carry no names.
        scenario.Snapshot.Donors.ShouldAllBe(d => d.SampleCode != null && scenario.Snapshot.Profiles.ContainsKey(d.SampleCode));
        scenario.Snapshot.FoundChildren.ShouldAllBe(c => c.SampleCode != null && scenario.Snapshot.Profiles.ContainsKey(c.SampleCode));
        scenario.Snapshot.Donors.GroupBy(d => d.ReportId).Count().ShouldBe(300);
    }

    [Fact]
    public void The_true_families_are_found_by_continuous_matching()
    {
        var scenario = Build(300, 3);
        var matcher = new ContinuousMatcher(new KinshipSettings(Asian, 0, MutationSettings.None, null), MatchingSettings.Default, new FakeClock(Fixtures.T0));
        var seen = new List<MatchingProgress>();

        var run = matcher.SearchAll(scenario.Snapshot, ExclusionRegistry.Empty, new HashSet<MatchKey>(), new Collector(seen)).Value;

        var recovered = scenario.Truth.Count(t => t.Value is not null && run.Matches.Any(m => m.Key == new MatchKey(t.Value, t.Key)));
        recovered.ShouldBeGreaterThanOrEqualTo(DemoOperationFacts.ChildrenWithReport - 3);
        seen[^1].ShouldBe(new MatchingProgress(89, 89));
        seen.Select(p => p.FoundChildrenDone).ShouldBeInOrder();
    }

    [Fact]
    public void Too_few_reports_are_refused_with_the_option_named()
    {
        var result = DemoScenario.Build(new DemoScenarioOptions { Frequencies = Asian, Reports = 10 });

        result.IsSuccess.ShouldBeFalse();
        result.Errors!.ShouldContain(e => e.ToString().Contains("demo.reports"));
    }

    private static string Fingerprint(DemoScenario s) => string.Join(
        "|",
        s.Snapshot.Reports.Select(r => $"{r.Id},{r.Name},{r.Sex},{r.DateOfBirth},{r.LastSeenOn},{r.LastSeenPlace},{r.Description}")
            .Concat(s.Snapshot.Donors.Select(d => $"{d.Id},{d.Role},{d.Name},{d.SampleCode},{d.IsMinor}"))
            .Concat(s.Snapshot.FoundChildren.Select(c => $"{c.Id},{c.Sex},{c.EstimatedAge.MinYears},{c.FoundPlace},{string.Join(";", c.KnownNames)},{c.Description}"))
            .Concat(s.Snapshot.Profiles.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + string.Concat(p.Value.Loci.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => l.Value.ToString())))));

    private sealed class Collector(List<MatchingProgress> seen) : IProgress<MatchingProgress>
    {
        public void Report(MatchingProgress value) => seen.Add(value);
    }
}
