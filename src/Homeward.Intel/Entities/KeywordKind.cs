namespace Homeward.Intel.Entities;

/// <summary>What a keyword before a number announces.</summary>
internal enum KeywordKind
{
    Qq,
    WeChat,
    Bank,
    Alipay,
    Phone,
    IdCard,
    SameNumber,
    Vietnam,
}
