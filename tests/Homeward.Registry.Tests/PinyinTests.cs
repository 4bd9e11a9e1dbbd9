using Homeward.Registry.Names;

namespace Homeward.Registry.Tests;

public sealed class PinyinTests
{
    [Theory]
    [InlineData("Zhāng Wěi", "zhang wei")]
    [InlineData("zhang1 wei3", "zhang wei")]
    [InlineData("zhang1wei3", "zhang wei")]
    [InlineData("  ZHANG   wei ", "zhang wei")]
    [InlineData("Lǚ Bù", "lv bu")]
    [InlineData("lu: bu", "lv bu")]
    [InlineData("lv bu", "lv bu")]
    [InlineData("Xu Jvn", "xu jun")]
    [InlineData("Xi'an", "xi an")]
    [InlineData("Ou-yang Na-na", "ou yang na na")]
    [InlineData("", "")]
    public void Normalises_tones_case_umlaut_and_spacing(string input, string expected) =>
        Pinyin.Normalise(input).ShouldBe(expected);

    [Fact]
    public void Compact_form_ignores_syllable_boundaries() =>
        Pinyin.Compact("Zhāng Wěi").ShouldBe(Pinyin.Compact("zhangwei"));

    [Fact]
    public void Names_keep_characters_and_pinyin_apart()
    {
        var name = ChineseName.Create("欧阳 娜娜", "Ōuyáng Nànà").Value;
        name.Characters.ShouldBe("欧阳娜娜");
        name.Pinyin.ShouldBe("ouyang nana");
        name.GivenCharacters.ShouldBe("娜娜");
        ChineseName.Create("张伟", "zhang wei").Value.GivenPinyin.ShouldBe("wei");
        ChineseName.Create("Zhang", null).IsSuccess.ShouldBeFalse();
        ChineseName.Create(null, null).IsSuccess.ShouldBeFalse();
        ChineseName.Create(null, "zhang wei").IsSuccess.ShouldBeTrue();
    }
}
