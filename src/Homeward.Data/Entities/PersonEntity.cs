namespace Homeward.Data.Entities;

/// <summary>
/// A person's identifying data, kept apart from genotypes: the rows that carry DNA reference a person
/// only by id, so that the genetic index can be read, exported and searched without names.
/// </summary>
internal sealed class PersonEntity
{
    public Guid Id { get; set; }

    /// <summary>Family name as written (Chinese characters allowed).</summary>
    public string? FamilyName { get; set; }

    /// <summary>Given name as written.</summary>
    public string? GivenName { get; set; }

    /// <summary>The name in pinyin (or another romanisation).</summary>
    public string? NameRomanised { get; set; }

    public DateOnly? BirthDate { get; set; }

    public string? BirthPlace { get; set; }

    public DateOnly? LastSeenOn { get; set; }

    public string? LastSeenPlace { get; set; }

    public string? Notes { get; set; }
}
