using Homeward.Intel.Entities;

namespace Homeward.Intel.Tests;

public sealed class EntityTests
{
    [Fact]
    public void A_chinese_mobile_is_in_e164_with_its_province()
    {
        var phone = Analyse.Entities("有意者电话 159-7712-3456", EntityType.Phone).ShouldHaveSingleItem();
        phone.Value.ShouldBe("+8615977123456");
        phone.Text.ShouldBe("159-7712-3456");
        phone.Province.ShouldBe("广西");
    }

    [Fact]
    public void A_landline_with_area_code_0771_is_guangxi()
    {
        var phone = Analyse.Entities("座机0771-5551234", EntityType.Phone).ShouldHaveSingleItem();
        phone.Value.ShouldBe("+867715551234");
        phone.Province.ShouldBe("广西");
    }

    [Fact]
    public void A_vietnamese_number_is_recognised_with_or_without_the_country_code()
    {
        Analyse.Entities("Zalo +84 912 345 678", EntityType.Phone).ShouldHaveSingleItem().Value.ShouldBe("+84912345678");
        var local = Analyse.Entities("越南号码 0912 345 678", EntityType.Phone).ShouldHaveSingleItem();
        local.Value.ShouldBe("+84912345678");
        local.Province.ShouldBe("越南");
    }

    [Fact]
    public void Offsets_point_into_the_original_text()
    {
        const string text = "ＱＱ：２９３８４７５６１０";
        var qq = Analyse.Entities(text, EntityType.Qq).ShouldHaveSingleItem();
        qq.Value.ShouldBe("2938475610");
        text[qq.Start..qq.End].ShouldBe("２９３８４７５６１０");
    }

    [Fact]
    public void A_qq_number_needs_a_qq_keyword()
    {
        Analyse.Entities("扣扣 29384756", EntityType.Qq).ShouldHaveSingleItem().Value.ShouldBe("29384756");
        Analyse.Entities("企鹅号：5551234", EntityType.Qq).ShouldHaveSingleItem();
        Analyse.Entities("qq2938475610", EntityType.Qq).ShouldHaveSingleItem();
        Analyse.Entities("编号 29384756", EntityType.Qq).ShouldBeEmpty();
    }

    [Fact]
    public void The_nearest_keyword_decides()
    {
        var e = Analyse.Text("QQ 29384756 电话 13812345678").Entities;
        e.Select(x => x.Type).ShouldBe([EntityType.Qq, EntityType.Phone]);
    }

    [Fact]
    public void A_wechat_id_needs_a_wechat_keyword()
    {
        Analyse.Entities("加V信：Lucky_Baby-01 详聊", EntityType.WeChat).ShouldHaveSingleItem().Value.ShouldBe("lucky_baby-01");
        Analyse.Entities("薇信 abc12345", EntityType.WeChat).ShouldHaveSingleItem();
        Analyse.Entities("名字 abc12345", EntityType.WeChat).ShouldBeEmpty();
    }

    [Fact]
    public void A_number_after_a_wechat_keyword_is_a_phone()
    {
        Analyse.Entities("微信同号13812345678", EntityType.Phone).ShouldHaveSingleItem();
    }

    [Fact]
    public void A_qq_mail_address_gives_the_email_and_the_qq_number()
    {
        var e = Analyse.Text("邮箱 29384756@QQ.com").Entities;
        e.ShouldContain(x => x.Type == EntityType.Email && x.Value == "29384756@qq.com");
        e.ShouldContain(x => x.Type == EntityType.Qq && x.Value == "29384756");
    }

    [Fact]
    public void A_bank_card_needs_luhn_and_a_bank_keyword()
    {
        var card = "622202" + "1234567890";
        var valid = card + Luhn.CheckDigit(card);
        var invalid = card + (char)('0' + ((Luhn.CheckDigit(card) - '0' + 1) % 10));
        Analyse.Entities("工行卡号 " + valid, EntityType.BankCard).ShouldHaveSingleItem().Value.ShouldBe(valid);
        Analyse.Entities("工行卡号 " + invalid, EntityType.BankCard).ShouldBeEmpty();
        Analyse.Entities("编号 " + valid, EntityType.BankCard).ShouldBeEmpty();
    }

    [Fact]
    public void An_alipay_account_near_the_word_alipay()
    {
        Analyse.Entities("支付宝：13912345678", EntityType.Alipay).ShouldHaveSingleItem().Value.ShouldBe("+8613912345678");
        Analyse.Entities("支付宝 mama_ly@163.com", EntityType.Alipay).ShouldHaveSingleItem().Value.ShouldBe("mama_ly@163.com");
    }

    [Fact]
    public void A_resident_id_needs_its_checksum()
    {
        var first17 = "45060219900307123";
        var id = first17 + ResidentIdNumber.CheckCharacter(first17);
        Analyse.Entities("身份证 " + id, EntityType.IdNumber).ShouldHaveSingleItem().Value.ShouldBe(id);
        var wrong = first17 + (ResidentIdNumber.CheckCharacter(first17) == '0' ? '1' : '0');
        Analyse.Entities("身份证 " + wrong, EntityType.IdNumber).ShouldBeEmpty();
    }

    [Fact]
    public void The_gb11643_example_validates()
    {
        ResidentIdNumber.IsValid("11010519491231002X").ShouldBeTrue();
        ResidentIdNumber.IsValid("110105194912310021").ShouldBeFalse();
    }

    [Theory]
    [InlineData("男婴10万", "CNY 100000")]
    [InlineData("营养费8w", "CNY 80000")]
    [InlineData("补偿3.5万元", "CNY 35000")]
    [InlineData("开价十七万补偿", "CNY 170000")]
    [InlineData("感谢费 5000元", "CNY 5000")]
    [InlineData("birth mother expenses $8,000", "USD 8000")]
    public void Prices_near_money_words(string text, string value) =>
        Analyse.Entities(text, EntityType.Price).ShouldHaveSingleItem().Value.ShouldBe(value);

    [Fact]
    public void A_number_with_a_unit_but_no_money_word_is_no_price() =>
        Analyse.Entities("全市有10万人参加", EntityType.Price).ShouldBeEmpty();

    [Fact]
    public void Places_from_the_gazetteer_with_their_province()
    {
        var places = Analyse.Entities("人在广西南宁，可到东兴或芒街交接", EntityType.Place);
        places.Select(p => p.Value).ShouldBe(["广西", "南宁", "东兴", "芒街"]);
        places[1].Province.ShouldBe("广西");
        places[3].Province.ShouldBe("越南");
    }

    [Fact]
    public void Suffix_only_places_need_their_suffix()
    {
        Analyse.Entities("在河口等", EntityType.Place).ShouldBeEmpty();
        Analyse.Entities("在河口县等", EntityType.Place).ShouldHaveSingleItem().Value.ShouldBe("河口");
    }

    [Theory]
    [InlineData("出生13812345天")]
    [InlineData("营养费13812345678元")]
    [InlineData("2024-05-06出生")]
    [InlineData("生日20240506")]
    [InlineData("¥13812345678")]
    public void Quantities_and_dates_are_never_phones(string text) =>
        Analyse.Text(text).Entities.ShouldNotContain(e => e.Type == EntityType.Phone || e.Type == EntityType.Qq);

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public bool A_price_an_age_or_a_date_never_becomes_a_phone(FsCheck.PositiveInt n, byte unitIndex, ushort year, byte month, byte day)
    {
        string[] units = ["万", "元", "天", "个月", "岁", "w", "块", "年"];
        var number = (n.Get % 100_000_000_000L + 10_000_000L).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var date = $"{1950 + (year % 100)}-{1 + (month % 12):00}-{1 + (day % 28):00}";
        var text = $"男婴营养费{number}{units[unitIndex % units.Length]}，出生日期 {date}，{date.Replace("-", "", StringComparison.Ordinal)}";
        return !Analyse.Text(text).Entities.Any(e => e.Type is EntityType.Phone or EntityType.Qq or EntityType.BankCard);
    }
}
