using Homeward.Intel.Text;

namespace Homeward.Intel.Tests;

public sealed class NormaliserTests
{
    [Fact]
    public void Full_width_digits_and_letters_become_ascii_lower_case()
    {
        var n = TextNormaliser.Normalise("ＶＸ：ＡＢｃ１２３");
        n.Text.ShouldBe("vx:abc123");
    }

    [Fact]
    public void Zero_width_characters_are_removed_and_offsets_point_into_the_original()
    {
        var original = "电话1\u200B3\u200D8 1234 5678";
        var n = TextNormaliser.Normalise(original);
        n.Text.ShouldBe("电话138 1234 5678");
        var (s, e) = n.ToOriginal(2, n.Text.Length);
        original[s..e].ShouldBe("1\u200B3\u200D8 1234 5678");
    }

    [Fact]
    public void Chinese_numerals_in_a_digit_run_become_digits()
    {
        var n = TextNormaliser.Normalise("电话幺三八一二三四五六七八");
        n.Text.ShouldBe("电话13812345678");
        n.OriginalSlice(2, 13).ShouldBe("幺三八一二三四五六七八");
    }

    [Fact]
    public void Spelled_digits_mixed_with_digits_become_digits()
    {
        var n = TextNormaliser.Normalise("Call 1three8 1two34 5six78");
        n.Text.ShouldBe("call 138 1234 5678");
        n.OriginalSlice(5, 8).ShouldBe("1three8");
    }

    [Theory]
    [InlineData("一个男宝两个月", "一个男宝两个月")]
    [InlineData("someone gave one baby", "someone gave one baby")]
    [InlineData("phone none", "phone none")]
    public void Ordinary_words_stay(string text, string expected) =>
        TextNormaliser.Normalise(text).Text.ShouldBe(expected);

    [Fact]
    public void Circled_and_mathematical_digits_and_keycaps_are_digits()
    {
        TextNormaliser.Normalise("①③⑧").Text.ShouldBe("138");
        TextNormaliser.Normalise("𝟏𝟑𝟖").Text.ShouldBe("138");
        TextNormaliser.Normalise("1\uFE0F\u20E33\uFE0F\u20E3").Text.ShouldBe("13");
    }

    [FsCheck.Xunit.Property]
    public bool Every_normalised_span_maps_inside_the_original(string? text)
    {
        text ??= "";
        var n = TextNormaliser.Normalise(text);
        for (var i = 0; i < n.Text.Length; i++)
        {
            var (s, e) = n.ToOriginal(i, i + 1);
            if (s < 0 || e > text.Length || s >= e)
            {
                return false;
            }
        }

        return true;
    }
}
