using System.Text.Json;

namespace Homeward.Kinship.CaseJson;

/// <summary>
/// <c>"hypotheses"</c>: <c>H1</c> (required) and <c>H2</c> (optional; default: the persons of H1,
/// all unrelated), each an array of <c>{ "id", "sex", "father"?, "mother"? }</c>. The checks a
/// user is most likely to trip over are made here so that the error names the exact key
/// (<c>hypotheses.H1[2].father</c>); <see cref="Pedigree.Create"/> then checks cycles and loops.
/// </summary>
internal static class HypothesesSection
{
    private const string Path = "hypotheses";

    /// <summary>
    /// Reads both hypotheses. <c>DeclaredH1</c> and <c>DeclaredH2</c> are the ids written in each
    /// (valid or not), null when the hypothesis could not be read at all (or, for H2, is absent).
    /// </summary>
    public static (Pedigree? H1, Pedigree? H2, HashSet<string>? DeclaredH1, HashSet<string>? DeclaredH2) Read(
        CaseJsonReader reader, JsonElement element)
    {
        if (!reader.Expect(element, JsonValueKind.Object, Path, "an object { \"H1\": [...], \"H2\": [...] }"))
        {
            return (null, null, null, null);
        }

        var properties = reader.KnownProperties(element, Path, "H1", "H2");
        Hypothesis? h1 = reader.Require(properties, "H1", Path, out var h1Element)
            ? ReadHypothesis(reader, h1Element, CaseJsonReader.Child(Path, "H1"))
            : null;
        if (!properties.TryGetValue("H2", out var h2Element) || h2Element.ValueKind == JsonValueKind.Null)
        {
            return (h1?.Pedigree, null, h1?.Declared, null);
        }

        var h2Path = CaseJsonReader.Child(Path, "H2");
        var h2 = ReadHypothesis(reader, h2Element, h2Path);
        if (h1 is not null && h2 is not null)
        {
            var sexInH1 = new Dictionary<string, Sex>(StringComparer.Ordinal);
            foreach (var p in h1.Persons)
            {
                sexInH1.TryAdd(p.Id, p.Sex);
            }

            foreach (var (person, path) in h2.Persons.Zip(h2.Paths))
            {
                if (sexInH1.TryGetValue(person.Id, out var sex) && sex != person.Sex)
                {
                    reader.Error(CaseJsonReader.Child(path, "sex"), $"person '{person.Id}' has sex {person.Sex} here but {sex} in H1");
                }
            }
        }

        return (h1?.Pedigree, h2?.Pedigree, h1?.Declared, h2?.Declared);
    }

    private static Hypothesis? ReadHypothesis(CaseJsonReader reader, JsonElement element, string path)
    {
        if (!reader.Expect(element, JsonValueKind.Array, path, "an array of persons"))
        {
            return null;
        }

        var before = reader.ErrorCount;
        var hypothesis = new Hypothesis();
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            // Ids of persons that are invalid otherwise still count as declared: they are not
            // reported again as unknown parents or undeclared typed persons.
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
            {
                hypothesis.Declared.Add(id.GetString()!);
            }

            var itemPath = CaseJsonReader.Item(path, index++);
            if (Person(reader, item, itemPath) is { } person)
            {
                hypothesis.Persons.Add(person);
                hypothesis.Paths.Add(itemPath);
            }
        }

        if (index == 0)
        {
            reader.Error(path, "a hypothesis needs at least one person");
        }

        CheckIdsAndParents(reader, hypothesis);
        if (reader.ErrorCount > before)
        {
            return hypothesis;
        }

        var pedigree = Pedigree.Create(hypothesis.Persons, reader.Place(path));
        if (!pedigree.IsSuccess)
        {
            reader.AddRange(pedigree.Errors);
            return hypothesis;
        }

        hypothesis.Pedigree = pedigree.Value;
        return hypothesis;
    }

    private static PersonSpec? Person(CaseJsonReader reader, JsonElement element, string path)
    {
        if (!reader.Expect(element, JsonValueKind.Object, path, "a person { \"id\": …, \"sex\": … }"))
        {
            return null;
        }

        var properties = reader.KnownProperties(element, path, "id", "sex", "father", "mother");
        var id = reader.Require(properties, "id", path, out var idElement)
            ? reader.NonEmptyString(idElement, CaseJsonReader.Child(path, "id"), "a person id (a non-empty string)")
            : null;
        Sex? sex = reader.Require(properties, "sex", path, out var sexElement)
            ? SexValue(reader, sexElement, CaseJsonReader.Child(path, "sex"))
            : null;
        var father = Parent(reader, properties, "father", path);
        var mother = Parent(reader, properties, "mother", path);
        if (id is null || sex is null || father.Invalid || mother.Invalid)
        {
            return null;
        }

        return new PersonSpec(id, sex.Value, father.Id, mother.Id);
    }

    private static (string? Id, bool Invalid) Parent(CaseJsonReader reader, Dictionary<string, JsonElement> properties, string role, string path)
    {
        if (!properties.TryGetValue(role, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return (null, false);
        }

        var id = reader.NonEmptyString(element, CaseJsonReader.Child(path, role), $"the id of the {role} (a string) or null");
        return (id, id is null);
    }

    private static Sex? SexValue(CaseJsonReader reader, JsonElement element, string path)
    {
        Sex? sex = element.ValueKind switch
        {
            JsonValueKind.String => element.GetString()!.Trim().ToUpperInvariant() switch
            {
                "M" or "MALE" => Sex.Male,
                "F" or "FEMALE" => Sex.Female,
                "U" or "UNKNOWN" => Sex.Unknown,
                _ => null,
            },
            JsonValueKind.Number => element.TryGetInt32(out var code) ? code switch
            {
                1 => Sex.Male,
                2 => Sex.Female,
                0 => Sex.Unknown,
                _ => null,
            } : null,
            _ => null,
        };
        if (sex is null)
        {
            reader.Error(path, $"expected \"M\", \"F\" or \"U\" (or \"male\", \"female\", \"unknown\", or 1, 2, 0), found {CaseJsonReader.Describe(element)}");
        }

        return sex;
    }

    // The checks of Pedigree.Create that concern one key of one person, reported at that key.
    private static void CheckIdsAndParents(CaseJsonReader reader, Hypothesis hypothesis)
    {
        var (persons, paths, declared) = (hypothesis.Persons, hypothesis.Paths, hypothesis.Declared);
        var byId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < persons.Count; i++)
        {
            if (!byId.TryAdd(persons[i].Id, i))
            {
                reader.Error(CaseJsonReader.Child(paths[i], "id"), $"person '{persons[i].Id}' is declared twice (first at {paths[byId[persons[i].Id]]})");
            }
        }

        for (var i = 0; i < persons.Count; i++)
        {
            var person = persons[i];
            CheckParent(reader, person, person.Father, "father", Sex.Male, byId, declared, persons, paths[i]);
            CheckParent(reader, person, person.Mother, "mother", Sex.Female, byId, declared, persons, paths[i]);
            if ((person.Father is null) != (person.Mother is null))
            {
                var (has, lacks) = person.Father is null ? ("mother", "father") : ("father", "mother");
                reader.Error(paths[i], $"person '{person.Id}' has a {has} but no {lacks}; give both parents or neither (declare an untyped person for the unknown {lacks})");
            }
        }
    }

    private static void CheckParent(
        CaseJsonReader reader, PersonSpec person, string? parentId, string role, Sex required,
        Dictionary<string, int> byId, HashSet<string> declared, List<PersonSpec> persons, string path)
    {
        if (parentId is null)
        {
            return;
        }

        var rolePath = CaseJsonReader.Child(path, role);
        if (string.Equals(parentId, person.Id, StringComparison.Ordinal))
        {
            reader.Error(rolePath, $"person '{person.Id}' is declared as their own {role}");
        }
        else if (!byId.TryGetValue(parentId, out var parent))
        {
            if (declared.Contains(parentId))
            {
                return; // declared, but with an error of its own, reported there
            }

            reader.Error(rolePath, $"{role} '{parentId}' of '{person.Id}' is not a person of this hypothesis; declare them (untyped persons are allowed)");
        }
        else if (persons[parent].Sex != required)
        {
            reader.Error(rolePath, $"{role} '{parentId}' of '{person.Id}' has sex {persons[parent].Sex}; a {role} must be {required}");
        }
    }

    private sealed class Hypothesis
    {
        public List<PersonSpec> Persons { get; } = [];

        public List<string> Paths { get; } = [];

        public HashSet<string> Declared { get; } = new(StringComparer.Ordinal);

        public Pedigree? Pedigree { get; set; }
    }
}
