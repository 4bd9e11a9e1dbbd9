using System.Globalization;
using System.Text;
using Homeward.Intel.Entities;
using Homeward.Intel.Posts;

namespace Homeward.Intel.Evaluation;

/// <summary>
/// A seeded generator of templated selling posts organised in rings, with background posts (news,
/// lawful adoption, welfare notices, lone buyers) and ground truth: label, entities and ring of every post.
/// A ring has its own phones, QQ numbers, WeChat ids and sometimes a bank card, a home province, and
/// writes from one or two templates of a shared pool (so templates cross rings: rings are told apart
/// by their identifiers). One ring in ten reuses a phone of the ring before it (a shared courier), so
/// components may join two rings. Half the posts come from a ring's accounts, half from throwaway ones. A "group admin" QQ number appears in a share of all ring posts: a generic
/// identifier that links everything unless high-degree identifiers are capped. Contacts are written in
/// varied ways (dashes, spaces, full-width digits, Chinese numerals) to exercise normalisation.
/// </summary>
public sealed class RingGenerator
{
    private static readonly string[] SellTemplates =
    [
        "本人{hardship}，现有一{sex}{age}，健康无残疾，寻找有缘人送养，营养费{price}，诚心的私聊，{contact}",
        "{place}送{sex}，{age}，补{price}，有意者{contact}",
        "网络送养，{sex}{age}，开价{price}补偿，可以上户口，{contact}",
        "爱心领养送养，现有{sex}一个，{age}，感谢费{price}，可办出生证，{contact}",
        "SY {sex}{age}，人在{place}，低补{price}，{contact}，非诚勿扰",
        "{hardship}，{sex}{age}想找个好人家，营养费{price}，人在{place}，{contact}",
        "送妈本人，{place}，{sex}{age}，有偿送养，营养费{price}，{contact}",
        "圆梦之家：待产{sex}，{age}，预售{price}，合法上户，{contact}",
        "Private adoption: {sex_en}, {age_en}, birth mother expenses {price_en}, {contact_en}, serious adopters only",
        "Rehoming a healthy {sex_en}, {age_en}. No agency fees, compensation {price_en}. {contact_en}",
    ];

    private static readonly string[] Hardships = ["未婚先孕", "家里出现变故", "单亲无力抚养", "意外怀孕养不起"];
    private static readonly string[] MaleWords = ["男宝", "蓝宝", "男婴"];
    private static readonly string[] FemaleWords = ["女宝", "粉宝", "女婴"];
    private static readonly string[] MobilePrefixes = ["134", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158", "159", "182", "183", "187", "188", "130", "131", "132", "155", "156", "185", "186", "133", "153", "180", "181", "189", "177", "173"];
    private static readonly (string Province, string City)[] Places =
    [
        ("广西", "南宁"), ("广西", "玉林"), ("广西", "钦州"), ("广东", "东莞"), ("广东", "湛江"), ("河南", "周口"), ("河南", "南阳"),
        ("山东", "临沂"), ("福建", "莆田"), ("云南", "昆明"), ("四川", "成都"), ("湖南", "长沙"), ("江苏", "徐州"), ("安徽", "阜阳"),
    ];

    /// <summary>The share of rings that reuse one phone number of the ring generated before them.</summary>
    public const double BridgeShare = 0.1;

    private readonly Random _random;
    private Ring? _lastRing;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>A generator with a seed (the same seed gives the same corpus).</summary>
    public RingGenerator(int seed) => _random = new Random(seed);

    /// <summary>Generates <paramref name="rings"/> rings of 5–40 posts each and about as many background posts as ring posts times <paramref name="backgroundShare"/>.</summary>
    public List<LabelledPost> Generate(int rings, double backgroundShare = 0.5, double adminShare = 0.2)
    {
        var posts = new List<LabelledPost>();
        var admin = NewQq();
        var time = new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.FromHours(8));
        for (var r = 0; r < rings; r++)
        {
            var ring = NewRing(r);
            var count = _random.Next(5, 41);
            for (var k = 0; k < count; k++)
            {
                time = time.AddMinutes(_random.Next(1, 600));
                posts.Add(RingPost(ring, posts.Count, time, _random.NextDouble() < adminShare ? admin : null));
            }
        }

        var background = (int)(posts.Count * backgroundShare);
        for (var b = 0; b < background; b++)
        {
            time = time.AddMinutes(_random.Next(1, 600));
            posts.Add(BackgroundPost(posts.Count, time));
        }

        // Interleave as a crawl would return them, deterministically.
        for (var i = posts.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (posts[i], posts[j]) = (posts[j], posts[i]);
        }

        return posts;
    }

    private sealed record Ring(string Id, string[] Accounts, string[] Phones, string[] Qqs, string[] WeChats, string? Card, (string Province, string City) Place, int[] Templates, bool Vietnam);

    private Ring NewRing(int index)
    {
        var vietnam = _random.NextDouble() < 0.15;
        var phones = Enumerable.Range(0, _random.Next(1, 4)).Select(_ => vietnam && _random.NextDouble() < 0.5 ? NewVietnamPhone() : NewMobile()).ToArray();
        var qqs = Enumerable.Range(0, _random.Next(0, 3)).Select(_ => NewQq()).ToArray();
        var wechats = Enumerable.Range(0, _random.Next(1, 3)).Select(_ => NewWeChat()).ToArray();
        var card = _random.NextDouble() < 0.3 ? NewCard() : null;
        var templates = Enumerable.Range(0, _random.Next(1, 3)).Select(_ => _random.Next(SellTemplates.Length)).ToArray();
        var place = vietnam ? ("广西", "东兴") : Places[_random.Next(Places.Length)];
        var id = "ring-" + (index + 1).ToString("D4", CultureInfo.InvariantCulture);
        var accounts = Enumerable.Range(0, _random.Next(1, 5)).Select(_ => Unique(() => "u" + Digits(9))).ToArray();
        if (_lastRing is not null && _random.NextDouble() < BridgeShare)
        {
            // A courier or broker working for two rings: one number of the previous ring reappears here.
            phones = [.. phones, Pick(_lastRing.Phones)];
        }

        return _lastRing = new Ring(id, accounts, phones, qqs, wechats, card, place, templates, vietnam);
    }

    private LabelledPost RingPost(Ring ring, int index, DateTimeOffset time, string? admin)
    {
        var template = SellTemplates[ring.Templates[_random.Next(ring.Templates.Length)]];
        var english = template.Contains("{contact_en}", StringComparison.Ordinal);
        var expected = new List<(EntityType, string)>();
        var male = _random.Next(2) == 0;
        var text = new StringBuilder(template);
        text.Replace("{hardship}", Pick(Hardships));
        text.Replace("{sex}", male ? Pick(MaleWords) : Pick(FemaleWords));
        text.Replace("{sex_en}", male ? "baby boy" : "baby girl");
        text.Replace("{age}", _random.Next(4) switch
        {
            0 => "刚出生",
            1 => $"出生{_random.Next(1, 29)}天",
            2 => $"{_random.Next(1, 6)}个月",
            _ => "满月",
        });
        text.Replace("{age_en}", $"{_random.Next(1, 4)} weeks old");
        if (template.Contains("{place}", StringComparison.Ordinal))
        {
            text.Replace("{place}", ring.Place.Province + ring.Place.City);
            expected.Add((EntityType.Place, ring.Place.Province));
            expected.Add((EntityType.Place, ring.Place.City));
        }

        var wan = _random.Next(3, 19);
        text.Replace("{price}", $"{wan}万");
        var dollars = _random.Next(5, 25) * 1000;
        text.Replace("{price_en}", "$" + dollars.ToString("N0", CultureInfo.InvariantCulture));
        expected.Add((EntityType.Price, english ? $"USD {dollars}" : $"CNY {wan * 10_000}"));

        var contact = english ? EnglishContact(ring, expected) : ChineseContact(ring, expected);
        if (admin is not null)
        {
            contact += english ? $", group admin QQ {admin}" : $"，群主QQ {admin}";
            expected.Add((EntityType.Qq, admin));
        }

        text.Replace("{contact}", contact).Replace("{contact_en}", contact);
        var id = "g-" + (index + 1).ToString("D7", CultureInfo.InvariantCulture);
        var author = _random.Next(2) == 0 ? Pick(ring.Accounts) : Unique(() => "u" + Digits(9)); // half the posts from throwaway accounts
        return new LabelledPost(new Post(id, "generated", null, author, time, text.ToString()), "sell", expected, ring.Id);
    }

    private string ChineseContact(Ring ring, List<(EntityType, string)> expected)
    {
        var parts = new List<string>();
        var phone = Pick(ring.Phones);
        parts.Add("电话" + WritePhone(phone));
        expected.Add((EntityType.Phone, phone));
        if (ring.WeChats.Length > 0 && _random.Next(3) > 0)
        {
            var w = Pick(ring.WeChats);
            parts.Add(Pick(["微信：", "VX ", "加V信 ", "薇信："]) + w);
            expected.Add((EntityType.WeChat, w));
        }

        if (ring.Qqs.Length > 0 && _random.Next(2) == 0)
        {
            var q = Pick(ring.Qqs);
            parts.Add(Pick(["QQ ", "扣扣：", "企鹅 "]) + q);
            expected.Add((EntityType.Qq, q));
        }

        if (ring.Card is not null && _random.Next(3) == 0)
        {
            parts.Add("卡号 " + ring.Card);
            expected.Add((EntityType.BankCard, ring.Card));
        }

        if (ring.Vietnam && _random.Next(2) == 0)
        {
            parts.Add("芒街交接");
            expected.Add((EntityType.Place, "芒街"));
        }

        return string.Join("，", parts);
    }

    private string EnglishContact(Ring ring, List<(EntityType, string)> expected)
    {
        var phone = Pick(ring.Phones);
        expected.Add((EntityType.Phone, phone));
        var written = phone.StartsWith("+84", StringComparison.Ordinal) ? "+84 " + phone[3..] : "+86 " + phone[3..];
        if (ring.WeChats.Length > 0 && _random.Next(2) == 0)
        {
            var w = Pick(ring.WeChats);
            expected.Add((EntityType.WeChat, w));
            return $"WhatsApp {written} or WeChat: {w}";
        }

        return $"WhatsApp {written}";
    }

    /// <summary>Writes an E.164 number as a seller might: plain, dashed, spaced, full-width or in Chinese numerals.</summary>
    private string WritePhone(string e164)
    {
        if (e164.StartsWith("+84", StringComparison.Ordinal))
        {
            return "+84 " + e164[3..];
        }

        var d = e164[3..];
        return _random.Next(5) switch
        {
            0 => d,
            1 => $"{d[..3]}-{d[3..7]}-{d[7..]}",
            2 => $"{d[..3]} {d[3..7]} {d[7..]}",
            3 => new string(d.Select(c => (char)(c - '0' + '０')).ToArray()),
            _ => new string(d.Select(c => "零幺二三四五六七八九"[c - '0']).ToArray()),
        };
    }

    private LabelledPost BackgroundPost(int index, DateTimeOffset time)
    {
        var id = "g-" + (index + 1).ToString("D7", CultureInfo.InvariantCulture);
        var (province, city) = Places[_random.Next(Places.Length)];
        var expected = new List<(EntityType, string)> { (EntityType.Place, province), (EntityType.Place, city) };
        string label;
        string text;
        switch (_random.Next(4))
        {
            case 0:
                var wan = _random.Next(2, 12);
                text = $"据报道，{province}{city}警方破获一起以送养为名贩卖婴儿案，抓获犯罪嫌疑人{_random.Next(3, 40)}名，解救婴儿{_random.Next(1, 20)}名，每名婴儿售价{wan}万元。";
                expected.Add((EntityType.Price, $"CNY {wan * 10_000}"));
                label = "news";
                break;
            case 1:
                var landline = "+86771" + _random.Next(2_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture);
                text = $"收养子女须依法到民政局办理收养登记，{province}{city}儿童福利院咨询电话 0{landline[3..6]}-{landline[6..]}。";
                expected.Add((EntityType.Phone, landline));
                label = "adoption";
                break;
            case 2:
                text = $"{province}{city}儿童福利院寻亲公告：{2022 + _random.Next(3)}年{_random.Next(1, 13)}月{_random.Next(1, 29)}日发现一名{Pick(["男婴", "女婴"])}，约出生{_random.Next(1, 20)}天，现由福利院抚养，请亲属与民政局联系。";
                label = "welfare";
                break;
            default:
                var phone = NewMobile();
                text = $"诚心领养一个健康宝宝，人在{province}{city}，可以给营养费，电话 {phone[3..]}";
                expected.Add((EntityType.Phone, phone));
                label = "buy";
                break;
        }

        return new LabelledPost(new Post(id, "generated", null, Unique(() => "u" + Digits(9)), time, text), label, expected);
    }

    private string NewMobile() => Unique(() => "+86" + Pick(MobilePrefixes) + Digits(8));

    private string NewVietnamPhone() => Unique(() => "+849" + Pick(["0", "1", "4", "6", "7", "8"]) + Digits(7));

    private string NewQq() => Unique(() => (char)('1' + _random.Next(9)) + Digits(_random.Next(7, 10)));

    private string NewWeChat() => Unique(() =>
        Pick(["baby", "bao", "mama", "love", "home", "aixin", "yuanmeng", "song"]) + Pick(["_", "-", ""]) + Digits(_random.Next(3, 7)));

    private string NewCard() => Unique(() =>
    {
        var payload = "6222" + Digits(11);
        return payload + Luhn.CheckDigit(payload);
    });

    private string Unique(Func<string> make)
    {
        while (true)
        {
            var s = make();
            if (_used.Add(s))
            {
                return s;
            }
        }
    }

    private string Digits(int n)
    {
        var chars = new char[n];
        for (var i = 0; i < n; i++)
        {
            chars[i] = (char)('0' + _random.Next(10));
        }

        return new string(chars);
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
