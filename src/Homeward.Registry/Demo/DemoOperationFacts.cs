using System.Collections.Immutable;

namespace Homeward.Registry.Demo;

/// <summary>
/// The operation the demo is modelled on. In July 2011 China's Ministry of Public Security announced
/// two busts: on 15 July police in Guangdong and Guangxi broke up a mostly Vietnamese gang that
/// brought children from Vietnam into Guangxi (8 children, aged 10 days to 7 months, 39 suspects); on
/// 20 July 2,600 police from 14 provinces raided a ring operating from Fujian to Hebei (81 children,
/// 330 suspects): 89 children aged 10 days to 4 years and 369 suspects in all (Xinhua, 27 July 2011,
/// as reprinted by 21cir.com, "Chinese police rescue 89 children in two major human trafficking
/// cases"; South China Morning Post, 28 July 2011, "Stolen Vietnamese children saved from
/// traffickers"). The sources name Guangdong, Guangxi, Yunnan, Fujian and Hebei among the 14
/// provinces; the other nine here are the project's illustrative choice. Everything about the
/// children is simulated.
/// </summary>
public static class DemoOperationFacts
{
    /// <summary>The operation's code in the demo registry.</summary>
    public const string OperationId = "OP-2011-07";

    /// <summary>Arrests in both busts.</summary>
    public const int Arrests = 369;

    /// <summary>Children rescued in both busts.</summary>
    public const int RescuedChildren = 89;

    /// <summary>Children of the cross-border bust, brought from Vietnam (no report in a Chinese registry).</summary>
    public const int FromVietnam = 8;

    /// <summary>The rescued children whose families reported them: about half, as the demo assumes.</summary>
    public const int ChildrenWithReport = 45;

    /// <summary>The youngest age at rescue, in days.</summary>
    public const int YoungestDays = 10;

    /// <summary>The oldest age at rescue, in days (4 years).</summary>
    public const int OldestDays = 4 * 365;

    /// <summary>The oldest of the children from Vietnam, in days (7 months).</summary>
    public const int OldestFromVietnamDays = 213;

    /// <summary>The cross-border bust.</summary>
    public static DateOnly CrossBorderBust { get; } = new(2011, 7, 15);

    /// <summary>The national bust.</summary>
    public static DateOnly NationalBust { get; } = new(2011, 7, 20);

    /// <summary>The 14 provinces: the five the sources name first.</summary>
    public static ImmutableArray<string> Provinces { get; } =
        ["广东", "广西", "云南", "福建", "河北", "河南", "山东", "四川", "贵州", "湖南", "安徽", "江苏", "浙江", "山西"];

    /// <summary>The trafficking rings (two busts, two rings).</summary>
    public static ImmutableArray<string> Rings { get; } = ["RING-2011-07-VN", "RING-2011-07-FJ-HE"];
}
