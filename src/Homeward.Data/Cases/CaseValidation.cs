using System.Buffers;
using Homeward.Kinship;
using Homeward.Registry;
using Homeward.Registry.Places;

namespace Homeward.Data.Cases;

/// <summary>The rules a report or found child must meet before it is stored; each error names its field.</summary>
internal static class CaseValidation
{
    private const int MaxText = 200;
    private const int MaxNotes = 4000;
    private static readonly SearchValues<char> CodeCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.");

    public static List<InputError> Check(ReportInput input, DateOnly today)
    {
        var errors = new List<InputError>();
        Code(input.Code, errors);
        Text(nameof(input.PoliceCaseNumber), input.PoliceCaseNumber, 64, errors);
        NotFuture(nameof(input.ReportedOn), input.ReportedOn, today, errors);
        Person(input.Person, today, errors);
        return errors;
    }

    public static List<InputError> Check(FoundChildInput input, DateOnly today)
    {
        var errors = new List<InputError>();
        Code(input.Code, errors);
        if (input.Sex is not ("M" or "F" or "U"))
        {
            errors.Add(new InputError(nameof(input.Sex), "sex must be M, F or U"));
        }

        NotFuture(nameof(input.FoundOn), input.FoundOn, today, errors);
        if (input.EstimatedBirthYear is { } year && (year < 1900 || year > today.Year))
        {
            errors.Add(new InputError(nameof(input.EstimatedBirthYear), $"the estimated birth year must be between 1900 and {today.Year}"));
        }

        Text(nameof(input.Institution), input.Institution, MaxText, errors);
        Person(input.Person, today, errors);
        return errors;
    }

    public static List<InputError> Check(OperationInput input, DateOnly today)
    {
        var errors = new List<InputError>();
        Code(input.Code, errors);
        Text(nameof(input.Name), input.Name, MaxText, errors);
        if (input.StartedOn is null)
        {
            errors.Add(new InputError(nameof(input.StartedOn), "the date is required"));
        }

        NotFuture(nameof(input.StartedOn), input.StartedOn, today, errors);
        if (input.Provinces.Count == 0)
        {
            errors.Add(new InputError(nameof(input.Provinces), "at least one province is required"));
        }

        foreach (var name in input.Provinces.Where(p => Provinces.Find(p) is null))
        {
            errors.Add(new InputError(nameof(input.Provinces), $"'{name}' is not a provincial unit of China"));
        }

        if (input.Arrests < 0)
        {
            errors.Add(new InputError(nameof(input.Arrests), "the number of arrests cannot be negative"));
        }

        foreach (var ring in input.Rings.Where(r => !PseudonymousId.IsValid(r)))
        {
            errors.Add(new InputError(nameof(input.Rings), $"'{ring}' is not a ring id (letters, digits, '-', '_' or '.')"));
        }

        return errors;
    }

    private static void Code(string? code, List<InputError> errors)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 64 || code.AsSpan().ContainsAnyExcept(CodeCharacters))
        {
            errors.Add(new InputError("Code", "the code must be 1 to 64 letters, digits, '-', '_' or '.'"));
        }
    }

    private static void Person(PersonDetails person, DateOnly today, List<InputError> errors)
    {
        Text(nameof(person.FamilyName), person.FamilyName, 100, errors);
        Text(nameof(person.GivenName), person.GivenName, 100, errors);
        Text(nameof(person.NameRomanised), person.NameRomanised, MaxText, errors);
        Text(nameof(person.BirthPlace), person.BirthPlace, MaxText, errors);
        Text(nameof(person.LastSeenPlace), person.LastSeenPlace, MaxText, errors);
        Text(nameof(person.Notes), person.Notes, MaxNotes, errors);
        NotFuture(nameof(person.BirthDate), person.BirthDate, today, errors);
        NotFuture(nameof(person.LastSeenOn), person.LastSeenOn, today, errors);
        if (person.BirthDate is { } born && person.LastSeenOn is { } seen && seen < born)
        {
            errors.Add(new InputError(nameof(person.LastSeenOn), "the child cannot have been last seen before birth"));
        }
    }

    private static void Text(string field, string? value, int max, List<InputError> errors)
    {
        if (value is not null && value.Length > max)
        {
            errors.Add(new InputError(field, $"at most {max} characters"));
        }
    }

    private static void NotFuture(string field, DateOnly? date, DateOnly today, List<InputError> errors)
    {
        if (date is { } d && d > today)
        {
            errors.Add(new InputError(field, "the date is in the future"));
        }
    }
}
