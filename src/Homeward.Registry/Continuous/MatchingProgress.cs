namespace Homeward.Registry.Continuous;

/// <summary>How far a matching run is.</summary>
/// <param name="FoundChildrenDone">Found children searched and their hits scored.</param>
/// <param name="FoundChildren">Found children to search.</param>
public readonly record struct MatchingProgress(int FoundChildrenDone, int FoundChildren);
