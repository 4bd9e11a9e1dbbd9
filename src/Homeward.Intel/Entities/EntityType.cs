namespace Homeward.Intel.Entities;

/// <summary>The kinds of entity extracted from posts.</summary>
public enum EntityType
{
    /// <summary>A telephone number (value in E.164).</summary>
    Phone,

    /// <summary>A QQ number.</summary>
    Qq,

    /// <summary>A WeChat id.</summary>
    WeChat,

    /// <summary>An e-mail address.</summary>
    Email,

    /// <summary>A bank card number (Luhn-valid).</summary>
    BankCard,

    /// <summary>An Alipay account (a phone in E.164, an e-mail or the digits).</summary>
    Alipay,

    /// <summary>A mainland resident identity number (GB 11643 checksum).</summary>
    IdNumber,

    /// <summary>A price (value "CNY 100000").</summary>
    Price,

    /// <summary>A place from the gazetteer.</summary>
    Place,
}

/// <summary>Names of entity types in the JSON contract.</summary>
public static class EntityTypeNames
{
    /// <summary>The contract name: phone, qq, wechat, email, bank-card, alipay, id-number, price, place.</summary>
    public static string ToContractName(this EntityType type) => type switch
    {
        EntityType.Phone => "phone",
        EntityType.Qq => "qq",
        EntityType.WeChat => "wechat",
        EntityType.Email => "email",
        EntityType.BankCard => "bank-card",
        EntityType.Alipay => "alipay",
        EntityType.IdNumber => "id-number",
        EntityType.Price => "price",
        EntityType.Place => "place",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>Parses a contract name.</summary>
    public static bool TryParse(string name, out EntityType type)
    {
        foreach (var t in Enum.GetValues<EntityType>())
        {
            if (string.Equals(t.ToContractName(), name, StringComparison.Ordinal))
            {
                type = t;
                return true;
            }
        }

        type = default;
        return false;
    }

    /// <summary>Whether entities of this type identify a person or account (and so link posts).</summary>
    public static bool IsIdentifier(this EntityType type) => type is not (EntityType.Price or EntityType.Place);
}
