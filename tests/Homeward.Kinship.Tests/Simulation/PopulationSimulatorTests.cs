using Homeward.Kinship.Simulation;

namespace Homeward.Kinship.Tests.Simulation;

public sealed class PopulationSimulatorTests
{
    [Fact]
    public void The_same_seed_gives_the_same_database_and_another_seed_another()
    {
        static (string[] References, string[] Queries) Run(long seed)
        {
            var simulator = SimulationFixtures.Simulator(seed: seed, mutation: SimulationFixtures.Stepwise(0.002), missing: 0.05, dropout: 0.02, theta: 0.01);
            return ([.. simulator.References().Select(SimulationFixtures.Text)], [.. simulator.Queries().Select(SimulationFixtures.Text)]);
        }

        var first = Run(42);
        var second = Run(42);
        var other = Run(43);
        second.References.ShouldBe(first.References);
        second.Queries.ShouldBe(first.Queries);
        other.References.ShouldNotBe(first.References);
        other.Queries.ShouldNotBe(first.Queries);
    }

    [Fact]
    public void References_are_numbered_and_grouped_by_report()
    {
        var references = SimulationFixtures.Simulator(reports: 300).References().ToList();
        references.Select(r => r.Id).ShouldBe(Enumerable.Range(1, references.Count).Select(i => $"S-{i:D6}"));
        var reports = references.Select(r => r.Report).Distinct().ToList();
        reports.ShouldBe(Enumerable.Range(1, 300).Select(i => $"R-{i:D6}"));
        references.Where(r => r.Role == FamilyRole.Mother).ShouldAllBe(r => r.Sex == Sex.Female);
        references.Where(r => r.Role == FamilyRole.Father).ShouldAllBe(r => r.Sex == Sex.Male);
        references.ShouldAllBe(r => r.Loci.Length == 19);
    }

    [Fact]
    public void The_shape_mix_is_honoured()
    {
        const int reports = 20_000;
        const string mix = "mother:0.5,parents:0.2,siblings:0.2,paternal-grandparents+paternal-half-sibling:0.1";
        var simulator = SimulationFixtures.Simulator(reports: reports, queries: 0, shapes: mix);
        var weights = FamilyShapeMix.Parse(mix, "shapes").Value.Entries;
        var byShape = simulator.References()
            .GroupBy(r => r.Report)
            .Select(g => string.Join("+", g.Select(r => r.Role).Order()))
            .GroupBy(s => s)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        byShape.Count.ShouldBe(weights.Length);
        foreach (var entry in weights)
        {
            var key = string.Join("+", entry.Shape.Roles);
            var sd = Math.Sqrt(reports * entry.Weight * (1 - entry.Weight));
            ((double)byShape[key]).ShouldBe(reports * entry.Weight, 4.5 * sd, entry.Shape.Name);
        }
    }

    [Theory]
    [InlineData(1000, 0.3)]
    [InlineData(333, 0.5)]
    [InlineData(100, 1.0)]
    [InlineData(100, 0.0)]
    public void Exactly_the_related_fraction_of_queries_is_planted_each_in_a_different_report(int queries, double fraction)
    {
        var simulator = SimulationFixtures.Simulator(reports: 1000, queries: queries, related: fraction);
        var truth = simulator.Queries().Select(q => q.Truth).ToList();
        truth.Count.ShouldBe(queries);
        truth.Select(t => t.Query).ShouldBe(Enumerable.Range(1, queries).Select(i => $"Q-{i:D6}"));
        var planted = truth.Where(t => t.Report is not null).ToList();
        planted.Count.ShouldBe((int)Math.Round(fraction * queries, MidpointRounding.AwayFromZero));
        planted.Select(t => t.Report).Distinct().Count().ShouldBe(planted.Count);
        simulator.RelatedQueries.ShouldBe(planted.Count);
    }

    [Fact]
    public void A_planted_query_is_the_missing_child_of_its_report()
    {
        var simulator = SimulationFixtures.Simulator(reports: 400, queries: 200, related: 0.5, shapes: "mother:0.5,parents:0.5");
        var references = simulator.References().ToLookup(r => r.Report);
        var checkedMothers = 0;
        foreach (var query in simulator.Queries().Where(q => q.Truth.Report is not null))
        {
            var report = int.Parse(query.Truth.Report![2..], System.Globalization.CultureInfo.InvariantCulture) - 1;
            var family = simulator.SimulateFamily(report);
            var x = family.Pedigree.MissingChild;
            query.Profile.Loci.ShouldBe(ProfileTyping.Complete(family.Genotypes[x], simulator.Panel));
            query.Profile.Sex.ShouldBe(family.Pedigree.Pedigree.Persons[x].Sex);

            // And the child is consistent with the report's mother at every marker (no mutation here).
            var mother = references[query.Truth.Report].Single(r => r.Role == FamilyRole.Mother);
            foreach (var (locus, motherLocus) in query.Profile.Loci.Zip(mother.Loci))
            {
                var shared = new[] { locus.Genotype.First, locus.Genotype.Second }
                    .Intersect([motherLocus.Genotype.First, motherLocus.Genotype.Second]);
                shared.ShouldNotBeEmpty($"{query.Profile.Id} and {mother.Id} at {locus.Marker}");
            }

            checkedMothers++;
        }

        checkedMothers.ShouldBe(100);
    }

    [Fact]
    public void Missing_markers_and_dropout_happen_at_the_chosen_rates()
    {
        // Typing has its own random stream, so the same seed gives the same genotypes with and without artefacts.
        var clean = SimulationFixtures.Simulator(reports: 3000, queries: 0).References().ToList();
        var typed = SimulationFixtures.Simulator(reports: 3000, queries: 0, missing: 0.1, dropout: 0.2).References().ToList();
        typed.Count.ShouldBe(clean.Count);
        var markers = clean.Sum(p => p.Loci.Length);
        var present = typed.Sum(p => p.Loci.Length);
        AssertRate(markers - present, markers, 0.1);

        int heterozygous = 0, dropped = 0;
        foreach (var (c, t) in clean.Zip(typed))
        {
            var cleanLoci = c.Loci.ToDictionary(l => l.Marker, l => l.Genotype, StringComparer.Ordinal);
            foreach (var locus in t.Loci)
            {
                var truth = cleanLoci[locus.Marker];
                if (!truth.IsHomozygous)
                {
                    heterozygous++;
                    dropped += locus.Genotype.IsHomozygous ? 1 : 0;
                    (locus.Genotype.First == truth.First || locus.Genotype.First == truth.Second).ShouldBeTrue();
                }
                else
                {
                    locus.Genotype.ShouldBe(truth);
                }
            }
        }

        AssertRate(dropped, heterozygous, 0.2);
    }

    [Fact]
    public void Bad_options_are_named()
    {
        var result = PopulationSimulator.Create(new PopulationSimulationOptions
        {
            Frequencies = SimulationFixtures.Asian,
            Markers = new MarkerSet("custom", ["D3S1358", "NOPE"]),
            Reports = 10,
            Queries = 100,
            RelatedFraction = 0.5,
            DropoutRate = 1.5,
        });
        result.IsSuccess.ShouldBeFalse();
        result.Errors.Select(e => e.Place).ShouldBe(["dropout-rate", "related-fraction", "markers"], ignoreOrder: true);
        result.Errors.Single(e => e.Place == "markers").Message.ShouldContain("NOPE");
    }

    private static void AssertRate(int events, int trials, double rate)
    {
        var sd = Math.Sqrt(rate * (1 - rate) / trials);
        ((double)events / trials).ShouldBe(rate, 4.5 * sd, $"{events} of {trials}");
    }
}
