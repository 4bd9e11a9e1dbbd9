using System.Text.Json;
using Homeward.Data.Profiles;
using Homeward.Kinship;

namespace Homeward.Data.Tests.Imports;

/// <summary>
/// The import's JSON Lines reader as it was before <c>JsonProfileLineParser</c> (a string and a
/// <c>JsonDocument</c> per line), kept unchanged as the oracle the new reader is compared with.
/// </summary>
internal static class JsonDocumentProfileReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowDuplicateProperties = false };

    public static IEnumerable<ImportItem> Read(TextReader reader, string source)
    {
        var cache = new LabelCache();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var place = $"{source}:{lineNumber}";
            ImportItem item;
            try
            {
                using var document = JsonDocument.Parse(line, Options);
                item = document.RootElement.ValueKind == JsonValueKind.Object
                    ? Parse(document.RootElement, place, cache)
                    : new InputError(place, "each line must be a JSON object");
            }
            catch (JsonException e)
            {
                item = new InputError(place, $"not valid JSON: {e.Message}");
            }

            yield return item;
        }
    }

    private static ImportItem Parse(JsonElement root, string place, LabelCache cache)
    {
        var id = String(root, "id");
        if (id is null)
        {
            return new InputError($"{place}: id", "'id' must be a non-empty string");
        }

        var report = String(root, "report");
        var roleText = String(root, "role");
        if (root.TryGetProperty("report", out _) && report is null)
        {
            return new InputError($"{place}: report", "'report' must be a non-empty string");
        }

        if ((report is null) != (roleText is null))
        {
            return report is null
                ? new InputError($"{place}: report", "a profile with a role needs the report of the missing child")
                : new InputError($"{place}: role", $"a relative's profile needs a role; one of {FamilyRoles.AllNames}");
        }

        FamilyRole? role = null;
        if (roleText is not null)
        {
            if (!FamilyRoles.TryParse(roleText, out var parsed))
            {
                return new InputError($"{place}: role", $"unknown role '{roleText}'; expected one of {FamilyRoles.AllNames}");
            }

            role = parsed;
        }

        Sex? sex = null;
        if (root.TryGetProperty("sex", out var sexValue) && sexValue.ValueKind != JsonValueKind.Null)
        {
            var text = sexValue.ValueKind == JsonValueKind.String ? sexValue.GetString() : null;
            sex = text?.ToUpperInvariant() switch
            {
                "M" or "MALE" => Sex.Male,
                "F" or "FEMALE" => Sex.Female,
                "U" or "UNKNOWN" or "" => Sex.Unknown,
                _ => null,
            };
            if (sex is null)
            {
                return new InputError($"{place}: sex", $"sex must be \"M\", \"F\" or \"U\", not {sexValue.GetRawText()}");
            }
        }

        if (role?.ImpliedSex() is { } implied)
        {
            if (sex is { } given && given != Sex.Unknown && given != implied)
            {
                return new InputError($"{place}: sex", $"a {role.Value.Name()} must be {implied}, not {given}");
            }

            sex = implied;
        }

        if (!root.TryGetProperty("loci", out var loci) || loci.ValueKind != JsonValueKind.Object)
        {
            return new InputError($"{place}: loci", "'loci' must be an object of marker → [allele, allele]");
        }

        var builder = new LociBuilder(cache);
        foreach (var marker in loci.EnumerateObject())
        {
            if (marker.Value.ValueKind != JsonValueKind.Array || marker.Value.GetArrayLength() != 2)
            {
                return new InputError($"{place}: loci.{marker.Name}", "a genotype must be an array of two alleles");
            }

            var first = AlleleText(marker.Value[0]);
            var second = AlleleText(marker.Value[1]);
            if (first is null || second is null)
            {
                return new InputError($"{place}: loci.{marker.Name}", "an allele must be a non-empty string or a number");
            }

            if (builder.Add(marker.Name, first, second) is { } problem)
            {
                return new InputError($"{place}: loci.{marker.Name}", problem);
            }
        }

        return new ImportProfile
        {
            Code = id,
            Kind = report is null ? ProfileKind.Query : ProfileKind.Reference,
            Report = report,
            Role = role,
            Sex = sex ?? builder.AmelogeninSex ?? Sex.Unknown,
            Loci = builder.Loci,
            Place = place,
            Lab = String(root, "lab"),
            Kit = String(root, "kit"),
        };
    }

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;

    private static string? AlleleText(JsonElement allele) => allele.ValueKind switch
    {
        JsonValueKind.String => allele.GetString() is { } text && !string.IsNullOrWhiteSpace(text) ? text : null,
        JsonValueKind.Number => allele.GetRawText(),
        _ => null,
    };
}
