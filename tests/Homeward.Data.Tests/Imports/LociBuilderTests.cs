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

    [Fact]
    public void The_canonical_json_is_that_of_the_sorted_dictionary()
    {
        var builder = new LociBuilder();
        foreach (var (marker, a, b) in new[] { ("vWA", "18", "17"), ("D3S1358", "15", "15.3"), ("AMEL", "X", "X"), ("CSF1PO", "10", " ") })
        {
            builder.Add(marker, a, b).ShouldBeNull();
        }

        builder.CanonicalJson().ShouldBe(ProfileJson.Loci(builder.Loci));
        builder.CanonicalJson().ShouldBe("""{"CSF1PO":["10","10"],"D3S1358":["15","15.3"],"vWA":["17","18"]}""");
        builder.Count.ShouldBe(3);
    }
}
