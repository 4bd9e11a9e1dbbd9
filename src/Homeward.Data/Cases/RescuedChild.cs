namespace Homeward.Data.Cases;

/// <summary>A found child in an operation's table: no name, the best match only.</summary>
/// <param name="Code">The found child's code.</param>
/// <param name="Sex">M, F or U.</param>
/// <param name="AgeMinYears">Estimated age on the day found, lower end (years), when known.</param>
/// <param name="AgeMaxYears">Estimated age on the day found, upper end (years), when known.</param>
/// <param name="FoundOn">When found.</param>
/// <param name="FoundPlace">Where found (province and locality), when known.</param>
/// <param name="Institution">The caring institution.</param>
/// <param name="DnaTyped">Whether the child has a typed sample.</param>
/// <param name="BestMatch">The match with the highest posterior that is not excluded, if any.</param>
public sealed record RescuedChild(
    string Code, string Sex, double? AgeMinYears, double? AgeMaxYears, DateOnly? FoundOn, string? FoundPlace, string? Institution, bool DnaTyped, BestMatch? BestMatch);
