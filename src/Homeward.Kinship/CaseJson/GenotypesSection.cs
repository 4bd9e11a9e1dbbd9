using System.Text.Json;

namespace Homeward.Kinship.CaseJson;

/// <summary>
/// <c>"genotypes"</c>: person id → marker name → two alleles, each a string (<c>"9.3"</c>, <c>"OL"</c>)
/// or a number (<c>15</c>, <c>9.3</c>). Every typed person must be declared in both hypotheses
/// (when H2 is absent it is made of the persons of H1).
/// </summary>
internal static class GenotypesSection
{
    private const string Path = "genotypes";

    public static Dictionary<string, IReadOnlyDictionary<string, Genotype>>? Read(
        CaseJsonReader reader, JsonElement element, HashSet<string>? declaredH1, HashSet<string>? declaredH2)
    {
        if (!reader.Expect(element, JsonValueKind.Object, Path, "an object of person → marker → [allele, allele]"))
        {
            return null;
        }

        var before = reader.ErrorCount;
        var result = new Dictionary<string, IReadOnlyDictionary<string, Genotype>>(StringComparer.Ordinal);
        foreach (var person in reader.Properties(element, Path))
        {
            var personPath = CaseJsonReader.Child(Path, person.Name);
            // Without a readable H1 every typed person would look undeclared: then check nothing.
            if (declaredH1 is not null && !declaredH1.Contains(person.Name))
            {
                reader.Error(personPath, $"person '{person.Name}' is typed but not declared in hypotheses.H1");
            }
            else if (declaredH2 is not null && !declaredH2.Contains(person.Name))
            {
                reader.Error(personPath, $"person '{person.Name}' is typed but not declared in hypotheses.H2; both hypotheses must contain every typed person");
            }

            if (Profile(reader, person.Value, personPath) is { } profile)
            {
                result.Add(person.Name, profile);
            }
        }

        return reader.ErrorCount > before ? null : result;
    }

    private static Dictionary<string, Genotype>? Profile(CaseJsonReader reader, JsonElement element, string path)
    {
        if (!reader.Expect(element, JsonValueKind.Object, path, "an object of marker → [allele, allele]"))
        {
            return null;
        }

        var profile = new Dictionary<string, Genotype>(StringComparer.Ordinal);
        var spelledAs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var marker in reader.Properties(element, path))
        {
            var markerPath = CaseJsonReader.Child(path, marker.Name);
            var key = MarkerNames.Key(marker.Name);
            if (key.Length == 0)
            {
                reader.Error(markerPath, $"'{marker.Name}' is not a marker name");
                continue;
            }

            if (!spelledAs.TryAdd(key, marker.Name))
            {
                reader.Error(markerPath, $"marker '{marker.Name}' is the same marker as '{spelledAs[key]}', typed above; give each marker once");
                continue;
            }

            if (ReadGenotype(reader, marker.Value, markerPath) is { } genotype)
            {
                profile.Add(marker.Name, genotype);
            }
        }

        return profile;
    }

    private static Genotype? ReadGenotype(CaseJsonReader reader, JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() != 2)
        {
            reader.Error(path, $"a genotype is an array of exactly two alleles, e.g. [\"15\", \"16\"] or [\"15\", \"15\"] for a homozygote; found {CaseJsonReader.Describe(element)}{(element.ValueKind == JsonValueKind.Array ? string.Empty : " (omit the marker if it was not typed)")}");
            return null;
        }

        var first = ReadAllele(reader, element[0], CaseJsonReader.Item(path, 0));
        var second = ReadAllele(reader, element[1], CaseJsonReader.Item(path, 1));
        return first is { } a && second is { } b ? new Genotype(a, b) : null;
    }

    private static AlleleLabel? ReadAllele(CaseJsonReader reader, JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                if (!AlleleLabel.TryParse(element.GetString(), out var label, out var error))
                {
                    reader.Error(path, error!);
                    return null;
                }

                return label;

            case JsonValueKind.Number:
                // The number's own text, so that 9.3 stays 9.3 whatever a double would make of it.
                var text = element.GetRawText();
                if (!AlleleLabel.TryParse(text, out var number, out _) || !number.IsNumeric)
                {
                    reader.Error(path, $"the number {text} is not a repeat count (whole, or with one decimal such as 9.3); write other labels as strings");
                    return null;
                }

                return number;

            default:
                reader.Error(path, $"expected an allele label (a string such as \"9.3\" or a number such as 15), found {CaseJsonReader.Describe(element)}");
                return null;
        }
    }
}
