namespace Homeward.Kinship.Tests.Large;

/// <summary>
/// Pedigrees of 30 persons and more: a line of descent over 30 generations (59 persons with the
/// spouses) has an exact closed form, LR = 1 − κ₁ + κ₁ · PO/UN with κ₁ = 2^−(k−1) for k meioses; and a
/// large family with mutation gives the same LR whatever order its persons are declared in.
/// </summary>
public sealed class LargePedigreeTests
{
    private static readonly FrequencyTable Asian = TestData.Table("nist1036-asian.csv");

    [Theory]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(29)]
    public void A_line_of_descent_matches_the_closed_form(int meioses)
    {
        var persons = new List<PersonSpec> { new("G0", Sex.Male) };
        for (var g = 1; g <= meioses; g++)
        {
            persons.Add(new PersonSpec($"W{g}", Sex.Female));
            persons.Add(new PersonSpec($"G{g}", Sex.Male, $"G{g - 1}", $"W{g}"));
        }

        persons.Count.ShouldBe((2 * meioses) + 1);
        var top = Genotype.Parse("14/15");
        var bottom = Genotype.Parse("14/16");
        // Frequencies exact in binary and summing to exactly 1, so the closed form holds to rounding.
        var table = FrequencyTableReader.FromDictionary(
            [new("D3S1358", [new("14", 0.125), new("15", 0.25), new("16", 0.0625), new("17", 0.5625)])],
            "exact").Value;
        var kinshipCase = new KinshipCase(
            table,
            Pedigree.Create(persons, "line").Value,
            null,
            new Dictionary<string, IReadOnlyDictionary<string, Genotype>>
            {
                ["G0"] = new Dictionary<string, Genotype> { ["D3S1358"] = top },
                [$"G{meioses}"] = new Dictionary<string, Genotype> { ["D3S1358"] = bottom },
            });

        var lr = LikelihoodRatioCalculator.Compute(kinshipCase).Value.LikelihoodRatio;

        // PO/UN for a heterozygous parent sharing allele 14 with the child: 1 / (4 p14) = 2.
        var kappa1 = Math.Pow(0.5, meioses - 1);
        var expected = (1 - kappa1) + (kappa1 * 2);
        (Math.Abs(lr - expected) / expected).ShouldBeLessThan(1e-12, $"{meioses} meioses: {lr} vs {expected}");
    }

    [Fact]
    public void A_family_of_thirty_two_with_mutation_does_not_depend_on_declaration_order()
    {
        var persons = new List<PersonSpec> { new("GF", Sex.Male), new("GM", Sex.Female) };
        var typed = new List<string> { "GM" };
        for (var c = 1; c <= 5; c++)
        {
            var childIsMale = c % 2 == 1;
            persons.Add(new PersonSpec($"C{c}", childIsMale ? Sex.Male : Sex.Female, "GF", "GM"));
            persons.Add(new PersonSpec($"S{c}", childIsMale ? Sex.Female : Sex.Male));
            for (var g = 1; g <= 4; g++)
            {
                persons.Add(childIsMale
                    ? new PersonSpec($"K{c}{g}", g % 2 == 0 ? Sex.Male : Sex.Female, $"C{c}", $"S{c}")
                    : new PersonSpec($"K{c}{g}", g % 2 == 0 ? Sex.Male : Sex.Female, $"S{c}", $"C{c}"));
                if (g <= 2)
                {
                    typed.Add($"K{c}{g}");
                }
            }
        }

        persons.Count.ShouldBe(32);
        var random = new Random(7);
        var markers = Asian.Markers.Take(6).ToList();
        var genotypes = typed.ToDictionary(
            id => id,
            id => (IReadOnlyDictionary<string, Genotype>)markers.ToDictionary(
                m => m.Name,
                m => new Genotype(m.Alleles[random.Next(m.Count)], m.Alleles[random.Next(m.Count)])));
        var mutation = new MutationSettings(new SexSpecificMutation(
            MutationModel.Stepwise(0.003, 1e-5, 0.5).Value, MutationModel.Stepwise(0.001, 1e-5, 0.5).Value));

        double Lr(IEnumerable<PersonSpec> order) =>
            LikelihoodRatioCalculator.Compute(new KinshipCase(Asian, Pedigree.Create([.. order], "family").Value, null, genotypes, 0, mutation)).Value.LikelihoodRatio;

        var forward = Lr(persons);
        var backward = Lr(Enumerable.Reverse(persons));
        var shuffled = Lr(persons.OrderBy(_ => random.Next()));
        forward.ShouldBeGreaterThan(0);
        (Math.Abs(forward - backward) / forward).ShouldBeLessThan(1e-9);
        (Math.Abs(forward - shuffled) / forward).ShouldBeLessThan(1e-9);
    }
}
