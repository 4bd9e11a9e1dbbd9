using System.Collections.Frozen;

namespace Homeward.Registry.Places;

/// <summary>
/// China's 34 provincial-level units with the coordinates of their capitals, rounded to 0.01°, which
/// stand in for the province's location (not a geometric centroid: the capitals of Xinjiang, Tibet,
/// Inner Mongolia and Heilongjiang lie far from their provinces' centres, which the distance model
/// tolerates, see docs/registry.md). Coordinates as commonly published for the capital cities
/// (GeoNames / Wikipedia), written from those sources by the project.
/// </summary>
public static class Provinces
{
    /// <summary>All units, in the order of the administrative code.</summary>
    public static IReadOnlyList<Province> All { get; } =
    [
        new("北京", "beijing", 39.90, 116.41),
        new("天津", "tianjin", 39.13, 117.20),
        new("河北", "hebei", 38.04, 114.51),
        new("山西", "shanxi", 37.87, 112.55),
        new("内蒙古", "neimenggu", 40.84, 111.75),
        new("辽宁", "liaoning", 41.80, 123.43),
        new("吉林", "jilin", 43.82, 125.32),
        new("黑龙江", "heilongjiang", 45.80, 126.53),
        new("上海", "shanghai", 31.23, 121.47),
        new("江苏", "jiangsu", 32.06, 118.80),
        new("浙江", "zhejiang", 30.27, 120.16),
        new("安徽", "anhui", 31.82, 117.23),
        new("福建", "fujian", 26.07, 119.30),
        new("江西", "jiangxi", 28.68, 115.86),
        new("山东", "shandong", 36.65, 117.12),
        new("河南", "henan", 34.75, 113.63),
        new("湖北", "hubei", 30.59, 114.31),
        new("湖南", "hunan", 28.23, 112.94),
        new("广东", "guangdong", 23.13, 113.26),
        new("广西", "guangxi", 22.82, 108.37),
        new("海南", "hainan", 20.04, 110.20),
        new("重庆", "chongqing", 29.56, 106.55),
        new("四川", "sichuan", 30.57, 104.07),
        new("贵州", "guizhou", 26.65, 106.63),
        new("云南", "yunnan", 25.04, 102.71),
        new("西藏", "xizang", 29.65, 91.14),
        new("陕西", "shaanxi", 34.34, 108.94),
        new("甘肃", "gansu", 36.06, 103.83),
        new("青海", "qinghai", 36.62, 101.78),
        new("宁夏", "ningxia", 38.49, 106.23),
        new("新疆", "xinjiang", 43.83, 87.62),
        new("台湾", "taiwan", 25.03, 121.57),
        new("香港", "xianggang", 22.32, 114.17),
        new("澳门", "aomen", 22.20, 113.54),
    ];

    private static readonly FrozenDictionary<string, Province> ByName = All
        .SelectMany(p => new[] { (p.Name, p), (p.Pinyin, p) })
        .Concat([("tibet", All.First(p => p.Pinyin == "xizang")), ("hongkong", All.First(p => p.Pinyin == "xianggang")), ("macau", All.First(p => p.Pinyin == "aomen")), ("innermongolia", All.First(p => p.Pinyin == "neimenggu"))])
        .ToFrozenDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);

    private static readonly string[] Suffixes = ["省", "市", "壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "特别行政区"];

    /// <summary>Finds a unit by Chinese name (with or without 省/市/自治区) or pinyin (any case, tones, spacing).</summary>
    public static Province? Find(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var trimmed = name.Trim();
        foreach (var suffix in Suffixes)
        {
            if (trimmed.Length > suffix.Length && trimmed.EndsWith(suffix, StringComparison.Ordinal))
            {
                trimmed = trimmed[..^suffix.Length];
                break;
            }
        }

        if (ByName.TryGetValue(trimmed, out var byChinese))
        {
            return byChinese;
        }

        var pinyin = Names.Pinyin.Compact(name);
        foreach (var suffix in new[] { "sheng", "shi" })
        {
            if (!ByName.ContainsKey(pinyin) && pinyin.EndsWith(suffix, StringComparison.Ordinal))
            {
                pinyin = pinyin[..^suffix.Length];
            }
        }

        return ByName.GetValueOrDefault(pinyin);
    }
}
