using Homeward.Kinship;
using Homeward.Registry.Names;

namespace Homeward.Registry.Demo;

/// <summary>
/// Common Chinese surnames and given-name characters with their pinyin, and the milk names (小名)
/// families use, from which the demo composes names.
/// </summary>
internal static class DemoNames
{
    private static readonly (string Characters, string Pinyin)[] Surnames =
    [
        ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"), ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"),
        ("吴", "wu"), ("周", "zhou"), ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"), ("胡", "hu"), ("郭", "guo"),
        ("何", "he"), ("林", "lin"), ("罗", "luo"), ("高", "gao"), ("梁", "liang"), ("郑", "zheng"), ("谢", "xie"), ("宋", "song"),
        ("唐", "tang"), ("韩", "han"), ("冯", "feng"), ("邓", "deng"), ("曹", "cao"), ("彭", "peng"), ("曾", "zeng"), ("田", "tian"),
        ("潘", "pan"), ("袁", "yuan"), ("蒋", "jiang"), ("杜", "du"), ("叶", "ye"), ("吕", "lv"), ("欧阳", "ouyang"), ("龙", "long"),
    ];

    private static readonly (string Characters, string Pinyin)[] Boys =
    [
        ("伟", "wei"), ("强", "qiang"), ("磊", "lei"), ("军", "jun"), ("洋", "yang"), ("勇", "yong"), ("杰", "jie"), ("涛", "tao"),
        ("明", "ming"), ("超", "chao"), ("浩", "hao"), ("宇", "yu"), ("鹏", "peng"), ("俊", "jun"), ("博", "bo"), ("文", "wen"),
        ("子", "zi"), ("豪", "hao"), ("轩", "xuan"), ("晨", "chen"), ("建", "jian"), ("国", "guo"), ("平", "ping"), ("华", "hua"),
    ];

    private static readonly (string Characters, string Pinyin)[] Girls =
    [
        ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"), ("丽", "li"), ("婷", "ting"), ("雪", "xue"), ("琳", "lin"),
        ("欣", "xin"), ("悦", "yue"), ("怡", "yi"), ("佳", "jia"), ("梦", "meng"), ("雨", "yu"), ("慧", "hui"), ("倩", "qian"),
        ("颖", "ying"), ("萱", "xuan"), ("玲", "ling"), ("燕", "yan"), ("秀", "xiu"), ("英", "ying"), ("红", "hong"), ("霞", "xia"),
    ];

    private static readonly (string Characters, string Pinyin)[] MilkNames =
    [
        ("小宝", "xiao bao"), ("豆豆", "dou dou"), ("乐乐", "le le"), ("贝贝", "bei bei"), ("妞妞", "niu niu"), ("东东", "dong dong"),
        ("欢欢", "huan huan"), ("小军", "xiao jun"), ("小芳", "xiao fang"), ("丫丫", "ya ya"), ("壮壮", "zhuang zhuang"), ("甜甜", "tian tian"),
    ];

    /// <summary>A surname, characters and pinyin.</summary>
    public static (string Characters, string Pinyin) Surname(DemoDraws draws) => draws.Pick(Surnames);

    /// <summary>A full name: the surname and a one- or two-character given name suited to the sex.</summary>
    public static ChineseName Full((string Characters, string Pinyin) surname, Sex sex, DemoDraws draws)
    {
        var pool = sex == Sex.Male ? Boys : Girls;
        var first = draws.Pick(pool);
        var given = draws.Chance(0.6) ? [first, draws.Pick(pool)] : new[] { first };
        return Create(surname.Characters + string.Concat(given.Select(g => g.Characters)), $"{surname.Pinyin} {string.Join(' ', given.Select(g => g.Pinyin))}");
    }

    /// <summary>A milk name (小名).</summary>
    public static ChineseName Milk(DemoDraws draws)
    {
        var (characters, pinyin) = draws.Pick(MilkNames);
        return Create(characters, pinyin);
    }

    private static ChineseName Create(string characters, string pinyin) => ChineseName.Create(characters, pinyin).Value;
}
