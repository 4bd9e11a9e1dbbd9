namespace Homeward.Kinship;

/// <summary>The sex of a person in a pedigree. Fathers must be male and mothers female.</summary>
public enum Sex
{
    /// <summary>Not known; such a person cannot be a parent.</summary>
    Unknown = 0,

    /// <summary>Male.</summary>
    Male = 1,

    /// <summary>Female.</summary>
    Female = 2,
}
