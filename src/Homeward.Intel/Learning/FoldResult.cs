namespace Homeward.Intel.Learning;

/// <summary>One held-out fold: its size and how the classifier and the rules flagged it.</summary>
/// <param name="Fold">1-based fold number.</param>
/// <param name="Posts">Posts held out.</param>
/// <param name="Model">The classifier trained on the other folds.</param>
/// <param name="Rules">The explainable rule score.</param>
public sealed record FoldResult(int Fold, int Posts, FlagCounts Model, FlagCounts Rules);
