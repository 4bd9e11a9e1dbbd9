using Homeward.Kinship.Simulation;

namespace Homeward.Kinship.Tests.Simulation;

public sealed class MeiosisTests
{
    [Fact]
    public void Without_mutation_every_child_has_one_allele_from_each_parent_at_every_marker()
    {
        var simulator = SimulationFixtures.Simulator(reports: 500, shapes: "parents:0.5,siblings:0.25,child:0.25");
        for (var r = 0; r < 500; r++)
        {
            var family = simulator.SimulateFamily(r);
            var pedigree = family.Pedigree.Pedigree;
            for (var child = 0; child < pedigree.Count; child++)
            {
                var father = pedigree.Fathers[child];
                if (father < 0)
                {
                    continue;
                }

                var mother = pedigree.Mothers[child];
                for (var m = 0; m < simulator.Panel.Count; m++)
                {
                    var g = family.Genotypes[child];
                    SimulationFixtures.Carries(family.Genotypes[father], m, g[2 * m]).ShouldBeTrue($"report {r}, {pedigree.Persons[child].Id}, marker {m}: paternal allele");
                    SimulationFixtures.Carries(family.Genotypes[mother], m, g[(2 * m) + 1]).ShouldBeTrue($"report {r}, {pedigree.Persons[child].Id}, marker {m}: maternal allele");
                }
            }
        }
    }

    [Fact]
    public void Both_parental_alleles_are_transmitted_equally_often()
    {
        var panel = SimulationFixtures.Panel();
        var random = SimulationRandom.For(5, RandomStream.Family, 0);
        int[] parent = [1, 2];
        var firsts = Enumerable.Range(0, 20_000).Count(_ => PedigreeSimulator.Transmit(parent, 0, null, panel.Markers[0].AlleleCount, random) == 1);
        ((double)firsts).ShouldBe(10_000, 4.5 * Math.Sqrt(20_000 * 0.25));
    }

    [Theory]
    [InlineData(0.01, 0.0)]
    [InlineData(0.0, 0.02)]
    public void Observed_mutation_rate_matches_the_model_per_sex(double male, double female)
    {
        var mutation = new MutationSettings(new SexSpecificMutation(MutationModel.Equal(male).Value, MutationModel.Equal(female).Value));
        var panel = SimulationFixtures.Panel(mutation: mutation);
        var random = SimulationRandom.For(9, RandomStream.Family, 0);
        var meioses = 0;
        int maleMutations = 0, femaleMutations = 0;
        for (var i = 0; i < 5_000; i++)
        {
            for (var m = 0; m < panel.Count; m++)
            {
                // A homozygous parent makes every mutation visible.
                var marker = panel.Markers[m];
                var allele = random.NextInt(marker.AlleleCount);
                int[] parent = [.. Enumerable.Repeat(-1, 2 * m), allele, allele];
                maleMutations += PedigreeSimulator.Transmit(parent, m, marker.MaleMutation, marker.AlleleCount, random) != allele ? 1 : 0;
                femaleMutations += PedigreeSimulator.Transmit(parent, m, marker.FemaleMutation, marker.AlleleCount, random) != allele ? 1 : 0;
                meioses++;
            }
        }

        AssertRate(maleMutations, meioses, male);
        AssertRate(femaleMutations, meioses, female);
    }

    [Fact]
    public void Stepwise_mutations_are_mostly_one_step()
    {
        var panel = SimulationFixtures.Panel(new MarkerSet("one", ["D21S11"]), SimulationFixtures.Stepwise(0.05));
        var marker = panel.Markers[0];
        var alleles = marker.Frequencies.Alleles;
        var start = marker.Frequencies.IndexOf(AlleleLabel.Parse("30"));
        var random = SimulationRandom.For(2, RandomStream.Family, 0);
        var steps = new List<int>();
        for (var i = 0; i < 40_000; i++)
        {
            var to = PedigreeSimulator.Transmit([start, start], 0, marker.MaleMutation, marker.AlleleCount, random);
            if (to != start)
            {
                steps.Add(Math.Abs(alleles[to].Tenths - alleles[start].Tenths));
            }
        }

        AssertRate(steps.Count, 40_000, 0.05 + 1e-6);
        steps.Count(s => s == 10).ShouldBeGreaterThan(steps.Count / 2, "range 0.5 favours one step");
    }

    private static void AssertRate(int events, int trials, double rate)
    {
        var observed = (double)events / trials;
        var sd = Math.Sqrt(Math.Max(rate, 1.0 / trials) * (1 - rate) / trials);
        observed.ShouldBe(rate, 4.5 * sd, $"{events} of {trials}");
    }
}
