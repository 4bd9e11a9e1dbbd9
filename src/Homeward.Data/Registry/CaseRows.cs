using Homeward.Data.Entities;
using Homeward.Data.Profiles;
using Homeward.Kinship;
using Homeward.Registry.Cases;
using Homeward.Registry.Names;
using Homeward.Registry.Places;

namespace Homeward.Data.Registry;

/// <summary>
/// Reports, relatives, found children and operations between the domain and their rows. Personal
/// data (names, dates and places of the child, descriptions, photos) goes to <c>persons</c>; the rows
/// that carry codes, roles and sexes reference a person by id (docs/data.md).
/// </summary>
internal static class CaseRows
{
    public static PersonEntity NewPerson(MissingChildReport report) => new()
    {
        Id = Guid.CreateVersion7(),
        FamilyName = FamilyCharacters(report.Name),
        GivenName = report.Name.GivenCharacters,
        NameRomanised = report.Name.Pinyin,
        Aliases = RegistryJson.Names(report.Aliases),
        BirthDate = report.DateOfBirth,
        LastSeenOn = report.LastSeenOn,
        LastSeenPlace = report.LastSeenPlace.Locality,
        LastSeenProvince = report.LastSeenPlace.Province?.Name,
        LastSeenLatitude = report.LastSeenPlace.Latitude,
        LastSeenLongitude = report.LastSeenPlace.Longitude,
        Description = report.Description,
        Photos = RegistryJson.Strings(report.Photos),
        ReportingFamily = report.ReportingFamily,
    };

    public static ReportEntity NewReport(MissingChildReport report, PersonEntity person, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(),
        Code = report.Id,
        PoliceCaseNumber = report.PoliceCaseNumber,
        ReportedOn = DateOnly.FromDateTime(report.ReportedAt.UtcDateTime),
        ReportedAt = Utc.Column(report.ReportedAt),
        ClosedAt = report.ClosedAt is { } closed ? Utc.Column(closed) : null,
        Sex = ProfileJson.SexCode(report.Sex),
        MissingPersonId = person.Id,
        CreatedAt = now,
    };

    /// <summary>The domain report of a row, or why it cannot be one (a report known only from an import).</summary>
    public static Result<MissingChildReport> ToReport(ReportEntity row, PersonEntity? person)
    {
        var place = $"report {row.Code}";
        if (person is null || row.Sex is null || row.ReportedAt is null || person.LastSeenOn is null)
        {
            return Result<MissingChildReport>.Failure(place, "known only from a profile import (no name, sex or dates): complete it in the registry");
        }

        var problems = new List<string>();
        var name = ChineseName.Create((person.FamilyName ?? string.Empty) + person.GivenName, person.NameRomanised, $"{place}.name");
        var aliases = RegistryJson.ParseNames(person.Aliases, $"{place}.aliases", problems);
        var lastSeen = Place.Create(person.LastSeenProvince, person.LastSeenPlace, person.LastSeenLatitude, person.LastSeenLongitude, $"{place}.lastSeenPlace");
        if (!name.IsSuccess || !lastSeen.IsSuccess || problems.Count > 0)
        {
            return Result<MissingChildReport>.Failure([.. name.Errors ?? [], .. lastSeen.Errors ?? [], .. problems.Select(p => new InputError(place, p))]);
        }

        var report = MissingChildReport.Create(
            row.Code, name.Value, aliases, ProfileJson.ParseSexCode(row.Sex), person.BirthDate, person.LastSeenOn.Value, lastSeen.Value,
            person.Description ?? person.Notes, RegistryJson.ParseStrings(person.Photos), person.ReportingFamily ?? string.Empty, row.PoliceCaseNumber, Utc.Domain(row.ReportedAt.Value));
        return report.IsSuccess && row.ClosedAt is { } closedAt ? report.Value.Close(Utc.Domain(closedAt)) : report;
    }

    public static PersonEntity? NewPerson(Donor donor) => donor.Name is { } name
        ? new PersonEntity { Id = Guid.CreateVersion7(), FamilyName = FamilyCharacters(name), GivenName = name.GivenCharacters, NameRomanised = name.Pinyin }
        : null;

    public static DonorEntity NewDonor(Donor donor, Guid reportId, PersonEntity? person) => Fill(new DonorEntity
    {
        Id = Guid.CreateVersion7(),
        ReportId = reportId,
        PersonId = person?.Id,
        Role = donor.Role.Name(),
        Sex = ProfileJson.SexCode(donor.Sex),
    }, donor);

    /// <summary>Writes the donor's consent, guardian status and sample code onto a row.</summary>
    public static DonorEntity Fill(DonorEntity row, Donor donor)
    {
        row.Code = donor.Id;
        row.IsMinor = donor.IsMinor;
        row.GuardianStatus = RegistryText.Name(donor.GuardianStatus);
        row.ConsentScopes = RegistryText.Scopes(donor.Consent.Scopes);
        row.ConsentGivenOn = DateOnly.FromDateTime(donor.Consent.RecordedAt.UtcDateTime);
        row.ConsentRecordedAt = Utc.Column(donor.Consent.RecordedAt);
        row.ConsentRecordedBy = donor.Consent.RecordedBy;
        row.ConsentGuardianCode = donor.Consent.GuardianId;
        row.SampleCode = donor.SampleCode;
        return row;
    }

    /// <summary>
    /// The domain donor of a row. A minor's consent was given by a guardian of the case, found in
    /// <paramref name="guardians"/>; when that guardian can no longer give consent (suspected of
    /// selling the child), the donor cannot be loaded and is reported.
    /// </summary>
    public static Result<Donor> ToDonor(DonorEntity row, string reportCode, PersonEntity? person, IReadOnlyDictionary<string, Donor> guardians)
    {
        var place = $"donor {row.Code}";
        if (row.Code is null || row.ConsentRecordedAt is null || row.ConsentRecordedBy is null || !FamilyRoles.TryParse(row.Role, out var role))
        {
            return Result<Donor>.Failure(place, "known only from a profile import (no consent recorded): complete it in the registry");
        }

        var scopes = RegistryText.ParseScopes(row.ConsentScopes);
        var at = Utc.Domain(row.ConsentRecordedAt.Value);
        Result<Consent> consent;
        if (row.ConsentGuardianCode is { } guardianCode)
        {
            consent = guardians.TryGetValue(guardianCode, out var guardian)
                ? Consent.ByGuardian(guardian, scopes, at, row.ConsentRecordedBy)
                : Result<Consent>.Failure($"{place}.consent", $"the guardian {guardianCode} who consented is not a relative of the case");
        }
        else
        {
            consent = Consent.Given(scopes, at, row.ConsentRecordedBy);
        }

        if (!consent.IsSuccess)
        {
            return Result<Donor>.Failure(consent.Errors);
        }

        ChineseName? name = null;
        if (person is not null)
        {
            var parsed = ChineseName.Create((person.FamilyName ?? string.Empty) + person.GivenName, person.NameRomanised, $"{place}.name");
            if (!parsed.IsSuccess)
            {
                return Result<Donor>.Failure(parsed.Errors);
            }

            name = parsed.Value;
        }

        RegistryText.TryParse<GuardianStatus>(row.GuardianStatus, out var status);
        return Donor.Create(row.Code, reportCode, role, ProfileJson.ParseSexCode(row.Sex), name, row.IsMinor, status, consent.Value, row.SampleCode);
    }

    public static PersonEntity NewPerson(FoundChild child) => new()
    {
        Id = Guid.CreateVersion7(),
        Aliases = RegistryJson.Names(child.KnownNames),
        Description = child.Description,
        Photos = RegistryJson.Strings(child.Photos),
    };

    public static FoundChildEntity NewFoundChild(FoundChild child, Guid? operationId, PersonEntity person) => new()
    {
        Id = Guid.CreateVersion7(),
        Code = child.Id,
        OperationId = operationId,
        PersonId = person.Id,
        Sex = ProfileJson.SexCode(child.Sex),
        FoundOn = child.FoundOn,
        EstimatedBirthYear = (int)Math.Round(child.FoundOn.Year - child.EstimatedAge.Centre),
        Institution = child.Institution,
        Placement = child.Placement,
        SampleCode = child.SampleCode,
        FoundProvince = child.FoundPlace.Province?.Name,
        FoundLocality = child.FoundPlace.Locality,
        FoundLatitude = child.FoundPlace.Latitude,
        FoundLongitude = child.FoundPlace.Longitude,
        AgeMinYears = child.EstimatedAge.MinYears,
        AgeMaxYears = child.EstimatedAge.MaxYears,
        RegisteredAt = Utc.Column(child.RegisteredAt),
    };

    /// <summary>The domain found child of a row, or why it cannot be one (a child known only from an import).</summary>
    public static Result<FoundChild> ToFoundChild(FoundChildEntity row, string? operationCode, PersonEntity? person)
    {
        var place = $"found child {row.Code}";
        if (row.RegisteredAt is null || row.FoundOn is null || row.AgeMinYears is null || row.AgeMaxYears is null)
        {
            return Result<FoundChild>.Failure(place, "known only from a profile import (no day found or estimated age): complete it in the registry");
        }

        var problems = new List<string>();
        var names = RegistryJson.ParseNames(person?.Aliases, $"{place}.knownNames", problems);
        // A child registered on the web has the name it gives in the person's name fields, not in the
        // known names of an import: the matcher weighs it all the same (when it is a Chinese name).
        if ((person?.FamilyName ?? string.Empty) + person?.GivenName is { Length: > 0 } written
            && ChineseName.Create(written, person?.NameRomanised) is { IsSuccess: true } given && !names.Contains(given.Value))
        {
            names.Insert(0, given.Value);
        }

        var found = Place.Create(row.FoundProvince, row.FoundLocality, row.FoundLatitude, row.FoundLongitude, $"{place}.foundPlace");
        var age = AgeRange.Create(row.AgeMinYears.Value, row.AgeMaxYears.Value, $"{place}.estimatedAge");
        if (!found.IsSuccess || !age.IsSuccess || problems.Count > 0)
        {
            return Result<FoundChild>.Failure([.. found.Errors ?? [], .. age.Errors ?? [], .. problems.Select(p => new InputError(place, p))]);
        }

        return FoundChild.Create(
            row.Code, operationCode, row.FoundOn.Value, found.Value, age.Value, ProfileJson.ParseSexCode(row.Sex), row.Institution, row.Placement,
            person?.Description ?? person?.Notes, RegistryJson.ParseStrings(person?.Photos), names, row.SampleCode, Utc.Domain(row.RegisteredAt.Value));
    }

    public static OperationEntity NewOperation(Operation operation) => new()
    {
        Id = Guid.CreateVersion7(),
        Code = operation.Id,
        StartedOn = operation.Date,
        Provinces = string.Join(',', operation.Provinces.Select(p => p.Name)),
        Place = operation.Provinces.FirstOrDefault()?.Name,
        Arrests = operation.Arrests,
        Rings = RegistryJson.Strings(operation.Rings),
        Children = RegistryJson.Strings(operation.Children),
    };

    public static Result<Operation> ToOperation(OperationEntity row) =>
        row.StartedOn is { } date
            ? Operation.Create(
                row.Code, date, (row.Provinces ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries), row.Arrests,
                RegistryJson.ParseStrings(row.Rings), RegistryJson.ParseStrings(row.Children))
            : Result<Operation>.Failure($"operation {row.Code}", "has no date");

    private static string FamilyCharacters(ChineseName name) => name.Characters[..(name.Characters.Length - name.GivenCharacters.Length)];
}
