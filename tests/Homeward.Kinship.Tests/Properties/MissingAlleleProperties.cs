using FsCheck.Xunit;

namespace Homeward.Kinship.Tests.Properties;

/// <summary>
/// A typed allele that the frequency table lacks is added at the marker's smallest frequency and
/// the frequencies rescaled to sum to 1 (docs/kinship.md); the likelihoods are then those of the
/// naive reference on that augmented allele list, mutation matrices included.
/// </summary>
public sealed class MissingAlleleProperties
{
    [Property(Arbitrary = [typeof(NaivePlusOneAlleleScenarios)], MaxTest = 200)]
    public void An_allele_missing_from_the_table_is_added_at_the_smallest_frequency(Scenario scenario, int pick)
    {
        var missing = AlleleLabel.Parse(ScenarioGenerator.Ladder.First(l => !scenario.Alleles.Contains(AlleleLabel.Parse(l))));
        var typed = scenario.Genotypes.Keys.Order(StringComparer.Ordinal).ToList();
        var person = typed[(int)((uint)pick % (uint)typed.Count)];
        var genotypes = scenario.Genotypes.SetItem(person, new Genotype(missing, scenario.Genotypes[person].First));
        var asTyped = scenario with { Genotypes = genotypes };
        var raw = scenario.Frequencies.Add(scenario.Frequencies.Min());
        var augmented = asTyped with { Alleles = scenario.Alleles.Add(missing), Frequencies = [.. raw.Select(f => f / raw.Sum())] };

        var result = LikelihoodRatioCalculator.Compute(asTyped.ToCase(scenario.H1, scenario.TypedUnrelated()));
        if (!augmented.MutationIsValid())
        {
            result.IsSuccess.ShouldBeFalse("a mutation matrix with entries outside [0, 1] must be refused");
            return;
        }

        result.IsSuccess.ShouldBeTrue(string.Join("; ", result.Errors ?? []));
        result.Value.Warnings.ShouldContain(w => w.Contains($"allele {missing} (in {person}) is not in the frequency table", StringComparison.Ordinal));
        var locus = result.Value.Loci.ShouldHaveSingleItem();
        locus.LikelihoodH1.ShouldBeCloseTo(augmented.NaiveLikelihood(scenario.H1), "P(data | H1)");
        locus.LikelihoodH2.ShouldBeCloseTo(augmented.NaiveLikelihood(scenario.TypedUnrelated()), "P(data | unrelated)");
    }
}
