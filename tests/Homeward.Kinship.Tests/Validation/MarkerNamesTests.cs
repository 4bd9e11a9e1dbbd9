namespace Homeward.Kinship.Tests.Validation;

/// <summary>Marker names as different labs and programs spell them fold to one key.</summary>
public sealed class MarkerNamesTests
{
    [Theory]
    [InlineData("vWA", "VWA")]
    [InlineData("Penta E", "PENTA_E")]
    [InlineData("Penta E", "PentaE")]
    [InlineData("TH01", "THO1")]
    [InlineData("TH01", "th01")]
    [InlineData("D3S1358", "d3s1358")]
    [InlineData("FGA", "FIBRA")]
    public void Spellings_of_one_marker_share_a_key(string a, string b) =>
        MarkerNames.Key(a).ShouldBe(MarkerNames.Key(b));

    [Theory]
    [InlineData("Penta E", "Penta D")]
    [InlineData("D3S1358", "D8S1179")]
    [InlineData("TH01", "TPOX")]
    public void Different_markers_keep_different_keys(string a, string b) =>
        MarkerNames.Key(a).ShouldNotBe(MarkerNames.Key(b));

    [Fact]
    public void A_table_finds_a_marker_under_another_spelling_and_says_so()
    {
        var table = FrequencyTableReader.ReadCsv(new StringReader("marker,allele,frequency\nvWA,17,1\nPenta E,11,1\nTHO1,6,1\n"), "t.csv").Value;
        table.Find("vWA").ShouldNotBeNull().IsAlias.ShouldBeFalse();
        table.Find("VWA").ShouldNotBeNull().ShouldSatisfyAllConditions(
            m => m.IsAlias.ShouldBeTrue(),
            m => m.Marker.Name.ShouldBe("vWA"));
        table.Find("PENTA_E").ShouldNotBeNull().Marker.Name.ShouldBe("Penta E");
        table.Find("TH01").ShouldNotBeNull().Marker.Name.ShouldBe("THO1");
        table.Find("Penta D").ShouldBeNull();
    }
}
