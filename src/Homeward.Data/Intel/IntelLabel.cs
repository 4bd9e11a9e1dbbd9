namespace Homeward.Data.Intel;

/// <summary>An analyst's label of a post.</summary>
public sealed record IntelLabel(string Label, string? Note, string Actor, DateTime At)
{
    /// <summary>The label of a post that is not yet decided; left out of training data.</summary>
    public const string Unsure = "unsure";

    /// <summary>The labels an analyst may give.</summary>
    public static readonly IReadOnlyList<string> Allowed = ["offer", "not-offer", Unsure];
}
