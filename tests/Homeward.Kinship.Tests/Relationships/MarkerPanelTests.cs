using Homeward.Kinship.Relationships;

namespace Homeward.Kinship.Tests.Relationships;

public sealed class MarkerPanelTests
{
    private static readonly FrequencyTable Asian = TestData.Table("nist1036-asian.csv");

    [Fact]
    public void Encodes_genotypes_by_any_marker_spelling_and_leaves_missing_markers_untyped()
    {
        var panel = MarkerPanel.Create(Asian, ["vWA", "TH01", "FGA"]).Value;
        var th01 = panel.Markers[1];
        var codes = panel.Encode(new Dictionary<string, Genotype>
        {
            ["VWA"] = Genotype.Parse("17/14"),
            ["THO1"] = Genotype.Parse("9.3/6"),
            ["D3S1358"] = Genotype.Parse("15/16"),
        }).Value;

        codes.Length.ShouldBe(3);
        var a = th01.IndexOf(AlleleLabel.Parse("6"));
        var b = th01.IndexOf(AlleleLabel.Parse("9.3"));
        codes[1].ShouldBe((ushort)((Math.Max(a, b) * (Math.Max(a, b) + 1) / 2) + Math.Min(a, b)));
        codes[2].ShouldBe(MarkerPanel.Untyped);
    }

    [Fact]
    public void Unknown_alleles_and_markers_are_errors()
    {
        MarkerPanel.Create(Asian, ["vWA", "NOPE"]).IsSuccess.ShouldBeFalse();
        MarkerPanel.Create(Asian, ["vWA", "VWA"]).IsSuccess.ShouldBeFalse();
        MarkerPanel.Create(Asian, []).IsSuccess.ShouldBeFalse();
        var panel = MarkerPanel.Create(Asian, ["vWA"]).Value;
        var encoded = panel.Encode(new Dictionary<string, Genotype> { ["vWA"] = Genotype.Parse("17/99") });
        encoded.IsSuccess.ShouldBeFalse();
        encoded.Errors![0].Message.ShouldContain("99");
    }

    [Fact]
    public void A_mutation_model_that_cannot_apply_is_an_error() =>
        MarkerPanel.Create(Asian, ["vWA"], new MutationSettings(new SexSpecificMutation(MutationModel.Proportional(1).Value, MutationModel.None)))
            .IsSuccess.ShouldBeFalse();

    [Fact]
    public void Profiles_of_the_wrong_length_are_rejected()
    {
        var table = MarkerPanel.Create(Asian, ["vWA", "TH01"]).Value.Pairwise(PairwiseRelationship.FullSiblings);
        Should.Throw<ArgumentException>(() => table.LikelihoodRatio(new ushort[2], new ushort[1]));
    }
}
