using System.Collections.Immutable;
using Homeward.Kinship;
using Homeward.Registry.Names;
using Homeward.Registry.Places;

namespace Homeward.Registry.Cases;

/// <summary>
/// A report of a missing child, made by the family: the child's names (characters and pinyin) and
/// aliases, sex, date of birth, when and where last seen, a description, photo references, the
/// reporting family and the police case number. Relatives and their samples are separate
/// (<see cref="Donor"/>).
/// </summary>
public sealed class MissingChildReport
{
    private MissingChildReport(string id, ChineseName name, ImmutableArray<ChineseName> aliases, Sex sex, DateOnly? dateOfBirth, DateOnly lastSeenOn, Place lastSeenPlace, string description, ImmutableArray<string> photos, string reportingFamily, string? policeCaseNumber, DateTimeOffset reportedAt, DateTimeOffset? closedAt)
    {
        Id = id;
        Name = name;
        Aliases = aliases;
        Sex = sex;
        DateOfBirth = dateOfBirth;
        LastSeenOn = lastSeenOn;
        LastSeenPlace = lastSeenPlace;
        Description = description;
        Photos = photos;
        ReportingFamily = reportingFamily;
        PoliceCaseNumber = policeCaseNumber;
        ReportedAt = reportedAt;
        ClosedAt = closedAt;
    }

    /// <summary>The pseudonymous report id.</summary>
    public string Id { get; }

    /// <summary>The child's name.</summary>
    public ChineseName Name { get; }

    /// <summary>Other names (nicknames, milk names 小名).</summary>
    public ImmutableArray<ChineseName> Aliases { get; }

    /// <summary>All names: <see cref="Name"/> then <see cref="Aliases"/>.</summary>
    public IEnumerable<ChineseName> AllNames => Aliases.Prepend(Name);

    /// <summary>The child's sex.</summary>
    public Sex Sex { get; }

    /// <summary>The date of birth, when known.</summary>
    public DateOnly? DateOfBirth { get; }

    /// <summary>The day the child was last seen.</summary>
    public DateOnly LastSeenOn { get; }

    /// <summary>Where the child was last seen.</summary>
    public Place LastSeenPlace { get; }

    /// <summary>Description (marks, clothes, circumstances).</summary>
    public string Description { get; }

    /// <summary>References to photos held by the document store (never the images).</summary>
    public ImmutableArray<string> Photos { get; }

    /// <summary>Who reported (the family, as written by the caseworker).</summary>
    public string ReportingFamily { get; }

    /// <summary>The police case number (立案编号), when a case was opened.</summary>
    public string? PoliceCaseNumber { get; }

    /// <summary>When the report was registered.</summary>
    public DateTimeOffset ReportedAt { get; }

    /// <summary>When the case was closed (reunion, child found deceased, withdrawn); null while open.</summary>
    public DateTimeOffset? ClosedAt { get; }

    /// <summary>Whether the case is closed.</summary>
    public bool IsClosed => ClosedAt is not null;

    /// <summary>Creates a report; dates must be in order (born ≤ last seen ≤ reported).</summary>
    public static Result<MissingChildReport> Create(
        string id, ChineseName name, IEnumerable<ChineseName>? aliases, Sex sex, DateOnly? dateOfBirth, DateOnly lastSeenOn, Place lastSeenPlace,
        string? description, IEnumerable<string>? photos, string reportingFamily, string? policeCaseNumber, DateTimeOffset reportedAt)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(lastSeenPlace);
        return new Validation($"report {id}")
            .RequireId(id, "id")
            .Require(Enum.IsDefined(sex), "sex", $"unknown sex {sex}")
            .Require(dateOfBirth is null || dateOfBirth <= lastSeenOn, "dateOfBirth", "is after the day the child was last seen")
            .Require(lastSeenOn <= DateOnly.FromDateTime(reportedAt.UtcDateTime.AddDays(1)), "lastSeenOn", "is after the report was made")
            .RequireText(reportingFamily, "reportingFamily")
            .Build(() => new MissingChildReport(
                id, name, ChineseName.Distinct(aliases ?? []), sex, dateOfBirth, lastSeenOn, lastSeenPlace, description?.Trim() ?? string.Empty,
                [.. photos ?? []], reportingFamily.Trim(), string.IsNullOrWhiteSpace(policeCaseNumber) ? null : policeCaseNumber.Trim(), reportedAt, null));
    }

    /// <summary>The report closed at <paramref name="at"/>; fails when already closed or before it was reported.</summary>
    public Result<MissingChildReport> Close(DateTimeOffset at) =>
        new Validation($"report {Id}")
            .Require(!IsClosed, "closedAt", "the case is already closed")
            .Require(at >= ReportedAt, "closedAt", "is before the report was made")
            .Build(() => new MissingChildReport(Id, Name, Aliases, Sex, DateOfBirth, LastSeenOn, LastSeenPlace, Description, Photos, ReportingFamily, PoliceCaseNumber, ReportedAt, at));

    /// <summary>The child's age in years on <paramref name="day"/>, or null without a date of birth.</summary>
    public double? AgeOn(DateOnly day) => DateOfBirth is { } born ? (day.DayNumber - born.DayNumber) / 365.2425 : null;
}
