namespace Homeward.Kinship.Tests.Peeling;

/// <summary>
/// A nuclear family with nothing typed beyond one parent contributes exactly 1 (pedprobr removes such
/// families), even when the table's frequencies sum to 1 only within rounding.
/// </summary>
public sealed class UninformativeFamilyTests
{
    [Fact]
    public void A_parent_typed_alone_gives_exactly_one_whatever_the_tables_rounding()
    {
        var table = TestData.Table("nist1036-asian.csv");
        var marker = table.Find("D3S1358")!.Value.Marker;
        Math.Abs(marker.Frequencies.Sum() - 1).ShouldBeGreaterThan(0, "the point of the test is a table that does not sum to exactly 1");
        var kinshipCase = new KinshipCase(
            table,
            Pedigree.Create([new("F", Sex.Male), new("M", Sex.Female), new("C", Sex.Male, "F", "M")], "H1").Value,
            null,
            new Dictionary<string, IReadOnlyDictionary<string, Genotype>>
            {
                ["F"] = new Dictionary<string, Genotype> { ["D3S1358"] = Genotype.Parse("15/16") },
            });

        LikelihoodRatioCalculator.Compute(kinshipCase).Value.LikelihoodRatio.ShouldBe(1.0);
    }
}
