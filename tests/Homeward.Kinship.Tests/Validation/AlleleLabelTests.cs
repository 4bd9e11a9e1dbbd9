namespace Homeward.Kinship.Tests.Validation;

/// <summary>Allele labels: numeric labels held exactly in tenths, off-ladder labels as text.</summary>
public sealed class AlleleLabelTests
{
    [Theory]
    [InlineData("9.30", "9.3")]
    [InlineData("9.3", "9.3")]
    [InlineData("10.0", "10")]
    [InlineData("010", "10")]
    [InlineData(" 24.2 ", "24.2")]
    public void Numeric_labels_are_canonical(string text, string canonical)
    {
        var label = AlleleLabel.Parse(text);
        label.Text.ShouldBe(canonical);
        label.ShouldBe(AlleleLabel.Parse(canonical));
        label.GetHashCode().ShouldBe(AlleleLabel.Parse(canonical).GetHashCode());
        label.IsNumeric.ShouldBeTrue();
    }

    [Fact]
    public void Microvariants_are_held_in_tenths_with_their_group()
    {
        var label = AlleleLabel.Parse("9.3");
        label.Tenths.ShouldBe(93);
        label.MicrovariantGroup.ShouldBe(3);
        AlleleLabel.Parse("10").MicrovariantGroup.ShouldBe(0);
        AlleleLabel.Parse("9.3").ShouldNotBe(AlleleLabel.Parse("9"));
    }

    [Fact]
    public void Off_ladder_labels_are_text()
    {
        var ol = AlleleLabel.Parse("OL");
        ol.IsNumeric.ShouldBeFalse();
        ol.Text.ShouldBe("OL");
        ol.MicrovariantGroup.ShouldBe(-1);
        Should.Throw<InvalidOperationException>(() => ol.Tenths);
        AlleleLabel.Parse("<8").IsNumeric.ShouldBeFalse();
    }

    [Fact]
    public void Numeric_labels_sort_by_repeat_count_before_text_labels()
    {
        string[] labels = ["OL", "10", "9.3", "9", "<8", "24.2"];
        labels.Select(AlleleLabel.Parse).Order().Select(a => a.Text).ShouldBe(["9", "9.3", "10", "24.2", "<8", "OL"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("9/10")]
    [InlineData("9,3")]
    [InlineData("9 3")]
    [InlineData("a-very-long-allele-label")]
    public void Invalid_labels_are_refused_with_a_reason(string text)
    {
        AlleleLabel.TryParse(text, out _, out var error).ShouldBeFalse();
        error.ShouldNotBeNullOrWhiteSpace();
        Should.Throw<FormatException>(() => AlleleLabel.Parse(text));
    }
}
