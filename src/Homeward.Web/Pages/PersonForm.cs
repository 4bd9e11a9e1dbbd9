using Homeward.Data.Cases;

namespace Homeward.Web.Pages;

/// <summary>The identifying fields shared by the report and found-child forms.</summary>
public sealed class PersonForm
{
    /// <summary>The names of this form's fields, to route a validation error to them.</summary>
    internal static readonly IReadOnlySet<string> Fields = new HashSet<string>(StringComparer.Ordinal)
    {
        nameof(FamilyName), nameof(GivenName), nameof(NameRomanised), nameof(BirthDate), nameof(BirthPlace),
        nameof(LastSeenOn), nameof(LastSeenPlace), nameof(Notes),
    };

    public string? FamilyName { get; set; }

    public string? GivenName { get; set; }

    public string? NameRomanised { get; set; }

    public DateOnly? BirthDate { get; set; }

    public string? BirthPlace { get; set; }

    public DateOnly? LastSeenOn { get; set; }

    public string? LastSeenPlace { get; set; }

    public string? Notes { get; set; }

    public PersonDetails ToDetails() => new(FamilyName, GivenName, NameRomanised, BirthDate, BirthPlace, LastSeenOn, LastSeenPlace, Notes);

    public static PersonForm From(PersonDetails p) => new()
    {
        FamilyName = p.FamilyName,
        GivenName = p.GivenName,
        NameRomanised = p.NameRomanised,
        BirthDate = p.BirthDate,
        BirthPlace = p.BirthPlace,
        LastSeenOn = p.LastSeenOn,
        LastSeenPlace = p.LastSeenPlace,
        Notes = p.Notes,
    };
}
