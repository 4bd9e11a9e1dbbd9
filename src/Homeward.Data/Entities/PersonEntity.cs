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

    /// <summary>Other names (aliases of a missing child, names a found child knows) as JSON <c>[["字","zi"],…]</c>.</summary>
    public string? Aliases { get; set; }

    /// <summary>Description (marks, clothes, circumstances).</summary>
    public string? Description { get; set; }

    /// <summary>References to photos held by the document store, as a JSON array.</summary>
    public string? Photos { get; set; }

    /// <summary>Who reported the missing child (the family, as the caseworker wrote it).</summary>
    public string? ReportingFamily { get; set; }

    /// <summary>The province of <see cref="LastSeenPlace"/> (the short Chinese name).</summary>
    public string? LastSeenProvince { get; set; }

    public double? LastSeenLatitude { get; set; }

    public double? LastSeenLongitude { get; set; }

    public string? Notes { get; set; }
}
