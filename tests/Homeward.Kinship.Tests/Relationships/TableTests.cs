using FsCheck.Xunit;
using Homeward.Kinship.Relationships;

namespace Homeward.Kinship.Tests.Relationships;

/// <summary>The precomputed tables give exactly the values of the direct formulas.</summary>
public sealed class TableTests
{
    private static readonly FrequencyTable Asian = TestData.Table("nist1036-asian.csv");

    private static readonly string[] Panel24 =
    [
        "CSF1PO", "D10S1248", "D12S391", "D13S317", "D16S539", "D18S51", "D19S433", "D1S1656",
        "D21S11", "D22S1045", "D2S1338", "D2S441", "D3S1358", "D5S818", "D6S1043", "D7S820",
        "D8S1179", "FGA", "Penta D", "Penta E", "SE33", "TH01", "TPOX", "vWA",
    ];

    [Property(Arbitrary = [typeof(KinshipArbitraries)], MaxTest = 40)]
    public void Every_pairwise_table_entry_is_the_direct_formula(KinshipScenario scenario)
    {
        var panel = scenario.Panel();
        var g = panel.System(0).Space.Count;
        foreach (var relationship in RelationshipPedigrees.All())
        {
            var table = panel.Pairwise(relationship);
            var direct = new PairwiseKinshipMarker(panel.System(0), relationship);
            for (var a = 0; a <= g; a++)
            {
                var row = table.Row(0, (ushort)a);
                row.Length.ShouldBe(g + 1);
                for (var b = 0; b <= g; b++)
                {
                    var expected = direct.LikelihoodRatio(a, b);
                    row[b].ShouldBe(expected);
                    table.MarkerLikelihoodRatio(0, (ushort)a, (ushort)b).ShouldBe(expected);
                    table.LikelihoodRatio([(ushort)a], [(ushort)b]).ShouldBe(expected);
                }
            }

            table.LikelihoodRatio([MarkerPanel.Untyped], [MarkerPanel.Untyped]).ShouldBe(1);
        }
    }

    [Property(Arbitrary = [typeof(KinshipArbitraries)], MaxTest = 40)]
    public void Every_trio_entry_is_the_direct_formula(KinshipScenario scenario)
    {
        var panel = scenario.Panel();
        var trio = panel.Trio();
        var direct = new TrioKinshipMarker(panel.System(0));
        var g = direct.GenotypeCount;
        for (var c = 0; c < g; c++)
        {
            for (var f = 0; f <= g; f++)
            {
                for (var m = 0; m <= g; m++)
                {
                    Close(trio.LikelihoodRatio([(ushort)c], [(ushort)f], [(ushort)m]), direct.LikelihoodRatio(c, f, m), 1e-14);
                    Close(trio.PaternityIndex([(ushort)c], [(ushort)f], [(ushort)m]), direct.PaternityIndex(c, f, m), 1e-14);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Relationships))]
    public void Panel_of_24_markers_is_the_product_of_the_markers(string name)
    {
        var relationship = RelationshipPedigrees.All().Single(r => r.ToString() == name);
        var panel = StepwisePanel();
        var table = panel.Pairwise(relationship);
        var direct = Enumerable.Range(0, panel.Count).Select(m => new PairwiseKinshipMarker(panel.System(m), relationship)).ToArray();
        var random = new Random(20_240_611);
        for (var trial = 0; trial < 50; trial++)
        {
            var a = RandomProfile(panel, random);
            var b = RandomProfile(panel, random);
            var expected = 1.0;
            for (var m = 0; m < panel.Count; m++)
            {
                expected *= direct[m].LikelihoodRatio(a[m] == MarkerPanel.Untyped ? direct[m].GenotypeCount : a[m], b[m] == MarkerPanel.Untyped ? direct[m].GenotypeCount : b[m]);
            }

            Close(table.LikelihoodRatio(a, b), expected, 1e-12);
        }
    }

    [Theory]
    [MemberData(nameof(Relationships))]
    public void Panel_of_24_markers_equals_the_general_engine_on_whole_profiles(string name)
    {
        var relationship = RelationshipPedigrees.All().Single(r => r.ToString() == name);
        var panel = StepwisePanel();
        var table = panel.Pairwise(relationship);
        var random = new Random(7);
        for (var trial = 0; trial < 3; trial++)
        {
            var a = RandomGenotypes(panel, random);
            var b = RandomGenotypes(panel, random);
            var genotypes = new Dictionary<string, IReadOnlyDictionary<string, Genotype>> { ["A"] = a, ["B"] = b };
            var expected = GeneralEngine.LikelihoodRatio(Asian, Mutation, RelationshipPedigrees.For(relationship), null, genotypes);
            Close(table.LikelihoodRatio(panel.Encode(a).Value, panel.Encode(b).Value), expected, 1e-9);
        }
    }

    public static TheoryData<string> Relationships() => new(RelationshipPedigrees.All().Select(r => r.ToString()));

    private static readonly MutationSettings Mutation = new(new SexSpecificMutation(
        MutationModel.Stepwise(0.004, 1e-5, 0.5).Value, MutationModel.Stepwise(0.001, 1e-6, 0.5).Value));

    private static MarkerPanel StepwisePanel() => MarkerPanel.Create(Asian, Panel24, Mutation).Value;

    /// <summary>Random genotypes at 22 of the 24 markers (two left untyped).</summary>
    private static Dictionary<string, Genotype> RandomGenotypes(MarkerPanel panel, Random random)
    {
        var genotypes = new Dictionary<string, Genotype>(StringComparer.Ordinal);
        foreach (var marker in panel.Markers.Skip(2))
        {
            genotypes[marker.Name] = new Genotype(marker.Alleles[random.Next(marker.Count)], marker.Alleles[random.Next(marker.Count)]);
        }

        return genotypes;
    }

    private static ushort[] RandomProfile(MarkerPanel panel, Random random)
    {
        var codes = new ushort[panel.Count];
        for (var m = 0; m < codes.Length; m++)
        {
            var g = panel.System(m).Space.Count;
            codes[m] = random.Next(10) == 0 ? MarkerPanel.Untyped : (ushort)random.Next(g);
        }

        return codes;
    }

    private static void Close(double actual, double expected, double tolerance)
    {
        // Shouldly orders NaN below every number, so compare NaN explicitly.
        double.IsNaN(actual).ShouldBe(double.IsNaN(expected), $"expected {expected:R}, got {actual:R}");
        if (double.IsNaN(expected))
        {
            return;
        }

        if (expected == 0)
        {
            actual.ShouldBe(0);
            return;
        }

        (Math.Abs(actual - expected) / expected).ShouldBeLessThan(tolerance, $"expected {expected:R}, got {actual:R}");
    }
}
