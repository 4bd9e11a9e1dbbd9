using System.Collections.Immutable;
using FsCheck.Xunit;

namespace Homeward.Kinship.Tests.Properties;

/// <summary>
/// Changes that must leave P(genotypes | pedigree) alone: the order the persons are declared in
/// (peeling roots, founder draw order under θ), an unrelated untyped person, untyped descendants.
/// The seed drives the edit; the scenario supplies pedigree, genotypes, mutation and θ.
/// </summary>
public sealed class InvarianceProperties
{
    [Property(Arbitrary = [typeof(NaiveScenarios)], MaxTest = 300)]
    public void Declaration_order_of_persons_does_not_change_the_likelihood(Scenario scenario, int seed)
    {
        var random = new Random(seed);
        AssertSame(scenario, scenario.H1, PedigreeEdits.Shuffle(scenario.H1, random), "H1 shuffled");
        AssertSame(scenario, scenario.H2, PedigreeEdits.Shuffle(scenario.H2, random), "H2 shuffled");
    }

    [Property(Arbitrary = [typeof(NaiveScenarios)], MaxTest = 300)]
    public void An_unrelated_untyped_person_does_not_change_the_likelihood(Scenario scenario, int seed) =>
        AssertSame(scenario, scenario.H1, PedigreeEdits.AddStranger(scenario.H1, new Random(seed)), "H1 plus a stranger");

    [Property(Arbitrary = [typeof(NaiveScenarios)], MaxTest = 300)]
    public void Untyped_descendants_do_not_change_the_likelihood(Scenario scenario, int seed) =>
        AssertSame(scenario, scenario.H1, PedigreeEdits.AddUntypedDescendants(scenario.H1, new Random(seed)), "H1 plus untyped descendants");

    private static void AssertSame(Scenario scenario, ImmutableArray<PersonSpec> original, ImmutableArray<PersonSpec> edited, string what)
    {
        var before = EngineLikelihood.Of(scenario, original);
        var after = EngineLikelihood.Of(scenario, edited);
        if (before is null)
        {
            after.ShouldBeNull($"{what}: the original case was refused, so must the edited one be");
            return;
        }

        after.ShouldNotBeNull($"{what}: refused, though the original was accepted");
        after.Value.ShouldBeCloseTo(before.Value, $"{what} [{string.Join(", ", edited.Select(p => p.Father is null ? p.Id : $"{p.Id}={p.Father}×{p.Mother}"))}]");
    }
}
