using Homeward.Data.Profiles;
using Homeward.Kinship;

namespace Homeward.Data.Tests.Imports;

/// <summary>One builder reads profile after profile: each keeps its own loci, and nothing of one is held against the next.</summary>
public sealed class LociBuilderTests
{
    [Fact]
    public void Restart_gives_the_next_profile_fresh_loci_markers_and_sex()
    {
        var builder = new LociBuilder();
        builder.Add("vWA", "17", "18").ShouldBeNull();
        builder.Add("AMEL", "X", "Y").ShouldBeNull();
        var first = builder.Loci;

        builder.Restart();

        builder.Add("VWA", "14", "14").ShouldBeNull("the same marker again is a new profile's, not a duplicate");
        builder.AmelogeninSex.ShouldBeNull();
        builder.Loci.ShouldNotBeSameAs(first);
        first.Keys.ShouldBe(["vWA"]);
        first["vWA"].ShouldBe(new Genotype(AlleleLabel.Parse("17"), AlleleLabel.Parse("18")));
        builder.Loci.Keys.ShouldBe(["VWA"]);
        builder.Add("vWA", "15", "16").ShouldBe("marker 'vWA' is given twice (also as 'VWA')");
    }
}
