using System.Globalization;
using System.Text.Json;
using Homeward.Kinship;
using Homeward.Search.JsonLines;

namespace Homeward.Search;

/// <summary>
/// Reads reference and query profiles in the JSON Lines format of DESIGN.md §4. Every bad line is
/// reported with its source and line number; a file with any bad line yields no profiles. Lines are
/// read from UTF-8 by <see cref="JsonProfileLineParser"/>.
/// </summary>
public static class ProfileJsonLines
{
    private const int MaxErrors = 100;

    /// <summary>Reads reference profiles (each line needs id, report, role, sex, loci).</summary>
    public static Result<IReadOnlyList<ReferenceProfile>> ReadReferences(TextReader reader, string source) =>
        Read(reader, source, (line, place, errors) =>
        {
            var id = RequiredString(line.Id, "id", place, errors);
            var report = RequiredString(line.Report, "report", place, errors);
            var roleText = RequiredString(line.Role, "role", place, errors);
            var role = default(FamilyRole);
            if (roleText is not null && !FamilyRoles.TryParse(roleText, out role))
            {
                errors.Add(new InputError($"{place}: role", $"unknown role '{roleText}'; expected one of {FamilyRoles.AllNames}"));
            }

            var sex = ReadSex(line, place, errors);
            if (roleText is not null && role.ImpliedSex() is { } implied && sex != Sex.Unknown && sex != implied)
            {
                errors.Add(new InputError($"{place}: sex", $"a {role.Name()} must be {implied}, not {sex}"));
            }

            var loci = ReadLoci(line, place, errors);
            return id is null || report is null || roleText is null || loci is null
                ? null
                : new ReferenceProfile(id, report, role, sex == Sex.Unknown && role.ImpliedSex() is { } s ? s : sex, loci);
        });

    /// <summary>Reads query profiles (each line needs id and loci; sex optional).</summary>
    public static Result<IReadOnlyList<QueryProfile>> ReadQueries(TextReader reader, string source) =>
        Read(reader, source, (line, place, errors) =>
        {
            var id = RequiredString(line.Id, "id", place, errors);
            var sex = ReadSex(line, place, errors);
            var loci = ReadLoci(line, place, errors);
            return id is null || loci is null ? null : new QueryProfile(id, sex, loci);
        });

    private static Result<IReadOnlyList<T>> Read<T>(TextReader reader, string source, Func<JsonProfileLine, string, List<InputError>, T?> parse)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(reader);
        var items = new List<T>();
        var errors = new List<InputError>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var parser = new JsonProfileLineParser();
        foreach (var (lineNumber, bytes) in Utf8Lines.Read(reader))
        {
            var place = $"{source}:{lineNumber}";
            var line = parser.Parse(bytes);
            if (line.Error is { } error)
            {
                errors.Add(new InputError(place, error));
            }
            else
            {
                var before = errors.Count;
                var item = parse(line, place, errors);
                if (item is not null && errors.Count == before)
                {
                    var id = line.Id.Text!;
                    if (ids.TryGetValue(id, out var firstLine))
                    {
                        errors.Add(new InputError($"{place}: id", $"'{id}' is already used at line {firstLine}"));
                    }
                    else
                    {
                        ids.Add(id, lineNumber);
                        items.Add(item);
                    }
                }
            }

            if (errors.Count >= MaxErrors)
            {
                errors.Add(new InputError(source, $"stopped after {MaxErrors} errors"));
                break;
            }
        }

        return errors.Count > 0 ? Result<IReadOnlyList<T>>.Failure(errors) : items;
    }

    private static string? RequiredString(JsonLineValue value, string name, string place, List<InputError> errors)
    {
        if (value.NonBlankString is not { } text)
        {
            errors.Add(new InputError($"{place}: {name}", $"'{name}' must be a non-empty string"));
            return null;
        }

        return text;
    }

    private static Sex ReadSex(JsonProfileLine line, string place, List<InputError> errors)
    {
        var value = line.Sex;
        if (!value.IsPresent || value.Token == JsonTokenType.Null)
        {
            return Sex.Unknown;
        }

        var text = value.IsString ? value.Text : null;
        switch (text?.ToUpperInvariant())
        {
            case "M" or "MALE":
                return Sex.Male;
            case "F" or "FEMALE":
                return Sex.Female;
            case "U" or "UNKNOWN" or "":
                return Sex.Unknown;
            default:
                errors.Add(new InputError($"{place}: sex", $"sex must be \"M\", \"F\" or \"U\", not {line.Raw(value)}"));
                return Sex.Unknown;
        }
    }

    private static Dictionary<string, Genotype>? ReadLoci(JsonProfileLine line, string place, List<InputError> errors)
    {
        if (line.Loci.Token != JsonTokenType.StartObject)
        {
            errors.Add(new InputError($"{place}: loci", "'loci' must be an object of marker → [allele, allele]"));
            return null;
        }

        var result = new Dictionary<string, Genotype>(StringComparer.Ordinal);
        var ok = true;
        foreach (var marker in line.Markers)
        {
            var where = $"{place}: loci.{marker.Name}";
            if (marker.Value.Token != JsonTokenType.StartArray || marker.Count != 2)
            {
                errors.Add(new InputError(where, $"a genotype must be an array of two alleles, not {Shorten(line.Raw(marker.Value))}"));
                ok = false;
                continue;
            }

            var alleles = new AlleleLabel[2];
            var k = 0;
            foreach (var allele in (ReadOnlySpan<JsonLineValue>)[marker.First, marker.Second])
            {
                var text = allele.Token is JsonTokenType.String or JsonTokenType.Number ? allele.Text : null;
                if (!AlleleLabel.TryParse(text, out alleles[k], out var error))
                {
                    errors.Add(new InputError(where, text is null ? $"allele {line.Raw(allele)} must be a string or a number" : error!));
                    ok = false;
                }

                k++;
            }

            if (ok)
            {
                result[marker.Name] = new Genotype(alleles[0], alleles[1]);
            }
        }

        return ok ? result : null;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Create(CultureInfo.InvariantCulture, $"{text[..40]}…");
}
