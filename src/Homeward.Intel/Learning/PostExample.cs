using Microsoft.ML.Data;

namespace Homeward.Intel.Learning;

/// <summary>One row of the classifier's input: the masked text, the group hits and, for training, the label.</summary>
internal sealed class PostExample
{
    /// <summary>The normalised text with entities as type tokens and digits as 0.</summary>
    public string Text { get; set; } = "";

    /// <summary>1 or 0 per indicator group, in the order of <see cref="IndicatorGroups.Names"/>.</summary>
    [VectorType(IndicatorGroups.Count)]
    public float[] Groups { get; set; } = new float[IndicatorGroups.Count];

    /// <summary>Whether the post should be flagged (sell or buy); false when predicting.</summary>
    public bool Label { get; set; }

    public static PostExample From(PostAnalysis analysis, bool label) =>
        new() { Text = analysis.MaskedText, Groups = IndicatorGroups.Features(analysis), Label = label };
}
