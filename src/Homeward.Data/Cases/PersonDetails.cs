namespace Homeward.Data.Cases;

/// <summary>A child's identifying details as case-workers enter and read them.</summary>
/// <param name="FamilyName">Family name as written (Chinese characters allowed).</param>
/// <param name="GivenName">Given name as written.</param>
/// <param name="NameRomanised">The name in pinyin.</param>
/// <param name="BirthDate">Date of birth, when known.</param>
/// <param name="BirthPlace">Place of birth.</param>
/// <param name="LastSeenOn">When the child was last seen (reports).</param>
/// <param name="LastSeenPlace">Where the child was last seen (reports).</param>
/// <param name="Notes">Free-text description (marks, clothing, circumstances).</param>
public sealed record PersonDetails(
    string? FamilyName = null,
    string? GivenName = null,
    string? NameRomanised = null,
    DateOnly? BirthDate = null,
    string? BirthPlace = null,
    DateOnly? LastSeenOn = null,
    string? LastSeenPlace = null,
    string? Notes = null)
{
    /// <summary>The name as written, family name first, or null.</summary>
    public string? Name => string.IsNullOrEmpty(FamilyName) && string.IsNullOrEmpty(GivenName) ? null : $"{FamilyName}{GivenName}";
}
