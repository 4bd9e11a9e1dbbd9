using FsCheck.Xunit;
using Homeward.Kinship.Peeling;
using Homeward.Kinship.Tests.Naive;

namespace Homeward.Kinship.Tests.Properties;

/// <summary>
/// Merging the alleles nobody carries (<see cref="AlleleLumping"/>) is exact: the peeler on the
/// lumped marker gives the likelihood of the peeler on the full marker, with and without θ.
/// </summary>
public sealed class LumpingProperties
{
    [Property(Arbitrary = [typeof(WideMarkerScenarios)], MaxTest = 300)]
    public void Lumped_and_unlumped_markers_give_the_same_likelihood(Scenario scenario)
    {
        var male = scenario.Male.ToEngine().BuildMatrix(scenario.Alleles, scenario.Frequencies);
        var female = scenario.Female.ToEngine().BuildMatrix(scenario.Alleles, scenario.Frequencies);
        if (!male.IsSuccess || !female.IsSuccess)
        {
            return; // a proportional rate too high for these frequencies: refused, see MutationMatrixProperties
        }

        var system = new MarkerSystem([.. scenario.Frequencies], male.Value, female.Value);
        foreach (var (name, persons) in new[] { ("H1", scenario.H1), ("H2", scenario.H2) })
        {
            var topology = new PedigreeTopology(Pedigree.Create(persons, name).Value);
            var alleles = persons
                .Select(p => scenario.Genotypes.TryGetValue(p.Id, out var g)
                    ? (scenario.Alleles.IndexOf(g.First), scenario.Alleles.IndexOf(g.Second))
                    : (-1, -1))
                .ToArray();
            var observed = new bool[system.N];
            foreach (var (a, b) in alleles.Where(x => x.Item1 >= 0))
            {
                observed[a] = true;
                observed[b] = true;
            }

            var (lumped, map) = AlleleLumping.Lump(system, observed);
            var unobserved = observed.Count(o => !o);
            if (unobserved >= 2 && IsLumpable(scenario.Male.Kind) && IsLumpable(scenario.Female.Kind))
            {
                map.ShouldNotBeNull($"{name}: none, equal and proportional models are lumpable");
                lumped.N.ShouldBe(system.N - unobserved + 1);
            }

            var full = Likelihood(topology, system, alleles, a => a, scenario.Theta);
            var merged = map is null ? full : Likelihood(topology, lumped, alleles, a => map[a], scenario.Theta);
            merged.ShouldBeCloseTo(full, $"{name} lumped vs unlumped");
        }
    }

    private static bool IsLumpable(MutationKind kind) => kind is MutationKind.None or MutationKind.Equal or MutationKind.Proportional;

    private static double Likelihood(PedigreeTopology topology, MarkerSystem system, (int A, int B)[] alleles, Func<int, int> map, double theta)
    {
        var typed = alleles.Select(x => x.A < 0 ? -1 : GenotypeSpace.Index(map(x.A), map(x.B))).ToArray();
        return theta == 0
            ? new Peeler(topology, system, typed).Likelihood()
            : ThetaLikelihood.Compute(topology, system, typed, theta).Value;
    }
}
