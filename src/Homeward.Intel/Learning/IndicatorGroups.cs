namespace Homeward.Intel.Learning;

/// <summary>
/// The indicator groups the classifier sees as features, in a fixed order that the saved model relies on.
/// They are the groups of the shipped vocabulary; hits of any other group (a custom vocabulary) are ignored.
/// </summary>
internal static class IndicatorGroups
{
    public const int Count = 11;

    public static readonly string[] Names =
    [
        "buyer", "child", "code", "cover", "cross-border", "hardship", "identity-washing", "lawful", "money", "news",
        "private-contact",
    ];

    /// <summary>1 for each group with at least one hit, else 0 (the rules' own view of a post).</summary>
    public static float[] Features(PostAnalysis analysis)
    {
        var features = new float[Count];
        foreach (var hit in analysis.Indicators)
        {
            var k = Array.IndexOf(Names, hit.Group);
            if (k >= 0)
            {
                features[k] = 1f;
            }
        }

        return features;
    }
}
