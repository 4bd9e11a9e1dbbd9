namespace Homeward.Registry.Demo;

/// <summary>
/// Distinguishing marks and circumstances for the descriptions. A mark seen again on a found child is
/// sometimes written with the sides swapped, as descriptions taken years apart are.
/// </summary>
internal static class DemoMarks
{
    private static readonly string[] Sided =
    [
        "a birthmark on the {0} shoulder", "a mole behind the {0} ear", "a small scar on the {0} knee", "a burn scar on the {0} hand",
        "a coffee-coloured patch on the {0} thigh", "a scar above the {0} eyebrow",
    ];

    private static readonly string[] Unsided = ["two hair whorls", "a slightly crooked little finger", "pierced ears"];

    private static readonly string[] Circumstances =
    [
        "taken while playing outside the family home", "disappeared at the village market", "taken from the courtyard while the mother was cooking",
        "left with a neighbour for an afternoon and never seen again", "disappeared on the way back from the kindergarten", "taken from a hospital ward soon after birth",
        "disappeared at a bus station while travelling with the grandmother",
    ];

    /// <summary>A mark (or none, a third of the time) as (template, side): the side is null for unsided marks.</summary>
    public static (string Template, string? Side)? Draw(DemoDraws draws)
    {
        if (draws.Chance(1.0 / 3))
        {
            return null;
        }

        return draws.Chance(0.75) ? (draws.Pick(Sided), draws.Chance(0.5) ? "left" : "right") : (draws.Pick(Unsided), null);
    }

    /// <summary>The mark in words, optionally with the sides swapped.</summary>
    public static string Describe((string Template, string? Side) mark, bool swapSides = false)
    {
        var side = mark.Side is null ? null : swapSides ? (mark.Side == "left" ? "right" : "left") : mark.Side;
        return side is null ? mark.Template : string.Format(System.Globalization.CultureInfo.InvariantCulture, mark.Template, side);
    }

    /// <summary>How the child went missing.</summary>
    public static string Circumstance(DemoDraws draws) => draws.Pick(Circumstances);
}
