namespace Homeward.Data.Intel;

/// <summary>An analyst's label of a post.</summary>
public sealed record IntelLabel(string Label, string? Note, string Actor, DateTime At)
{
    /// <summary>The labels an analyst may give.</summary>
    public static readonly IReadOnlyList<string> Allowed = ["offer", "not-offer", "unsure"];
}
