using System.Globalization;
using System.Text.Json;
using Homeward.Kinship;

namespace Homeward.Search.Tests.JsonLines;

/// <summary>
/// The reader of <see cref="ProfileJsonLines"/> as it was before <c>JsonProfileLineParser</c>
/// (a string and a <c>JsonDocument</c> per line), kept unchanged as the oracle the new reader is
/// compared with.
/// </summary>
internal static class JsonDocumentProfileLines
{
    private const int MaxErrors = 100;

    public static Result<IReadOnlyList<ReferenceProfile>> ReadReferences(TextReader reader, string source) =>
        Read(reader, source, (root, place, errors) =>
        {
            var id = RequiredString(root, "id", place, errors);
            var report = RequiredString(root, "report", place, errors);
            var roleText = RequiredString(root, "role", place, errors);
            var role = default(FamilyRole);
            if (roleText is not null && !FamilyRoles.TryParse(roleText, out role))
            {
                errors.Add(new InputError($"{place}: role", $"unknown role '{roleText}'; expected one of {FamilyRoles.AllNames}"));
            }

            var sex = ReadSex(root, place, errors);
            if (roleText is not null && role.ImpliedSex() is { } implied && sex != Sex.Unknown && sex != implied)
            {
                errors.Add(new InputError($"{place}: sex", $"a {role.Name()} must be {implied}, not {sex}"));
            }

            var loci = ReadLoci(root, place, errors);
            return id is null || report is null || roleText is null || loci is null
                ? null
                : new ReferenceProfile(id, report, role, sex == Sex.Unknown && role.ImpliedSex() is { } s ? s : sex, loci);
        });

    public static Result<IReadOnlyList<QueryProfile>> ReadQueries(TextReader reader, string source) =>
        Read(reader, source, (root, place, errors) =>
        {
            var id = RequiredString(root, "id", place, errors);
            var sex = ReadSex(root, place, errors);
            var loci = ReadLoci(root, place, errors);
            return id is null || loci is null ? null : new QueryProfile(id, sex, loci);
        });

    private static Result<IReadOnlyList<T>> Read<T>(TextReader reader, string source, Func<JsonElement, string, List<InputError>, T?> parse)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(reader);
        var items = new List<T>();
        var errors = new List<InputError>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var place = $"{source}:{lineNumber}";
            try
            {
                using var document = JsonDocument.Parse(line, new JsonDocumentOptions { AllowDuplicateProperties = false });
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(new InputError(place, "each line must be a JSON object"));
                    continue;
                }

                var before = errors.Count;
                var item = parse(document.RootElement, place, errors);
                if (item is not null && errors.Count == before)
                {
                    var id = document.RootElement.GetProperty("id").GetString()!;
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
            catch (JsonException e)
            {
                errors.Add(new InputError(place, $"not valid JSON: {e.Message}"));
            }

            if (errors.Count >= MaxErrors)
            {
                errors.Add(new InputError(source, $"stopped after {MaxErrors} errors"));
                break;
            }
        }

        return errors.Count > 0 ? Result<IReadOnlyList<T>>.Failure(errors) : items;
    }

    private static string? RequiredString(JsonElement root, string name, string place, List<InputError> errors)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            errors.Add(new InputError($"{place}: {name}", $"'{name}' must be a non-empty string"));
            return null;
        }

        return value.GetString();
    }

    private static Sex ReadSex(JsonElement root, string place, List<InputError> errors)
    {
        if (!root.TryGetProperty("sex", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return Sex.Unknown;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        switch (text?.ToUpperInvariant())
        {
            case "M" or "MALE":
                return Sex.Male;
            case "F" or "FEMALE":
                return Sex.Female;
            case "U" or "UNKNOWN" or "":
                return Sex.Unknown;
            default:
                errors.Add(new InputError($"{place}: sex", $"sex must be \"M\", \"F\" or \"U\", not {value.GetRawText()}"));
                return Sex.Unknown;
        }
    }

    private static Dictionary<string, Genotype>? ReadLoci(JsonElement root, string place, List<InputError> errors)
    {
        if (!root.TryGetProperty("loci", out var loci) || loci.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new InputError($"{place}: loci", "'loci' must be an object of marker → [allele, allele]"));
            return null;
        }

        var result = new Dictionary<string, Genotype>(StringComparer.Ordinal);
        var ok = true;
        foreach (var marker in loci.EnumerateObject())
        {
            var where = $"{place}: loci.{marker.Name}";
            if (marker.Value.ValueKind != JsonValueKind.Array || marker.Value.GetArrayLength() != 2)
            {
                errors.Add(new InputError(where, $"a genotype must be an array of two alleles, not {Shorten(marker.Value.GetRawText())}"));
                ok = false;
                continue;
            }

            var alleles = new AlleleLabel[2];
            var k = 0;
            foreach (var allele in marker.Value.EnumerateArray())
            {
                var text = allele.ValueKind switch
                {
                    JsonValueKind.String => allele.GetString(),
                    JsonValueKind.Number => allele.GetRawText(),
                    _ => null,
                };
                if (!AlleleLabel.TryParse(text, out alleles[k], out var error))
                {
                    errors.Add(new InputError(where, text is null ? $"allele {allele.GetRawText()} must be a string or a number" : error!));
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
