using Homeward.Intel.Text;

namespace Homeward.Intel.Entities;

/// <summary>The words that announce a contact or account, in normalised (lower-case) form.</summary>
internal static class ContactKeywords
{
    /// <summary>How far (in normalised characters) a keyword may end before the number it announces.</summary>
    public const int Window = 10;

    public static readonly TermMatcher<KeywordKind> Matcher = new(
    [
        ("qq", KeywordKind.Qq), ("qq号", KeywordKind.Qq), ("扣扣", KeywordKind.Qq), ("企鹅", KeywordKind.Qq),
        ("企鹅号", KeywordKind.Qq), ("抠抠", KeywordKind.Qq), ("q号", KeywordKind.Qq), ("q q", KeywordKind.Qq),
        ("微信", KeywordKind.WeChat), ("微信号", KeywordKind.WeChat), ("vx", KeywordKind.WeChat), ("v信", KeywordKind.WeChat),
        ("薇信", KeywordKind.WeChat), ("威信", KeywordKind.WeChat), ("wx", KeywordKind.WeChat), ("weixin", KeywordKind.WeChat),
        ("wechat", KeywordKind.WeChat), ("加v", KeywordKind.WeChat), ("+v", KeywordKind.WeChat), ("v:", KeywordKind.WeChat),
        ("卡号", KeywordKind.Bank), ("银行", KeywordKind.Bank), ("银行卡", KeywordKind.Bank), ("账号", KeywordKind.Bank),
        ("帐号", KeywordKind.Bank), ("账户", KeywordKind.Bank), ("工行", KeywordKind.Bank), ("农行", KeywordKind.Bank),
        ("建行", KeywordKind.Bank), ("中行", KeywordKind.Bank), ("招行", KeywordKind.Bank), ("邮政储蓄", KeywordKind.Bank),
        ("bank", KeywordKind.Bank), ("card", KeywordKind.Bank), ("account", KeywordKind.Bank),
        ("支付宝", KeywordKind.Alipay), ("alipay", KeywordKind.Alipay), ("zfb", KeywordKind.Alipay),
        ("电话", KeywordKind.Phone), ("手机", KeywordKind.Phone), ("手机号", KeywordKind.Phone), ("热线", KeywordKind.Phone),
        ("tel", KeywordKind.Phone), ("phone", KeywordKind.Phone), ("call", KeywordKind.Phone), ("whatsapp", KeywordKind.Phone),
        ("zalo", KeywordKind.Phone), ("mobile", KeywordKind.Phone), ("telegram", KeywordKind.Phone),
        ("身份证", KeywordKind.IdCard), ("身份证号", KeywordKind.IdCard),
        ("同号", KeywordKind.SameNumber),
        ("越南", KeywordKind.Vietnam), ("vietnam", KeywordKind.Vietnam),
    ]);
}
