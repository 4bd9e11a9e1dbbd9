namespace Homeward.Kinship.Tests.Validation;

/// <summary>Genotypes are unordered pairs of allele labels.</summary>
public sealed class GenotypeTests
{
    [Fact]
    public void Order_and_separator_do_not_matter()
    {
        var genotype = Genotype.Parse("10/9");
        genotype.ShouldBe(Genotype.Parse("9,10"));
        genotype.First.Text.ShouldBe("9");
        genotype.Second.Text.ShouldBe("10");
        genotype.ToString().ShouldBe("9/10");
        genotype.IsHomozygous.ShouldBeFalse();
    }

    [Fact]
    public void Spellings_of_one_allele_make_a_homozygote()
    {
        var genotype = Genotype.Parse("9.30/9.3");
        genotype.IsHomozygous.ShouldBeTrue();
        genotype.ShouldBe(Genotype.Parse("9.3/9.3"));
    }

    [Fact]
    public void Off_ladder_alleles_come_after_numeric_ones() =>
        Genotype.Parse("OL/11").ToString().ShouldBe("11/OL");

    [Theory]
    [InlineData("9")]
    [InlineData("9/10/11")]
    [InlineData("9/")]
    public void Anything_but_two_alleles_is_refused(string text) =>
        Should.Throw<FormatException>(() => Genotype.Parse(text));
}
