namespace Homeward.Intel.Learning;

/// <summary>The classifier's output row.</summary>
internal sealed class PostPrediction
{
    /// <summary>The calibrated probability that the post should be flagged.</summary>
    public float Probability { get; set; }
}
