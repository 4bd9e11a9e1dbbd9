using System.Text.Json;

namespace Homeward.Kinship.CaseJson;

/// <summary>
/// <c>"mutation"</c>, in one of three shapes: a model for every meiosis
/// (<c>{ "model": "stepwise", "rate": …, "rate2": …, "range": … }</c>), a model per sex
/// (<c>{ "male": {…}, "female": {…} }</c>), or per marker (<c>{ "D3S1358": &lt;model or per sex&gt;, … }</c>,
/// with an optional <c>"default"</c> entry for the markers not listed).
/// </summary>
internal static class MutationSection
{
    private const string Path = "mutation";
    private const string DefaultKey = "default";

    public static MutationSettings? Read(CaseJsonReader reader, JsonElement element, FrequencyTable? table)
    {
        if (!reader.Expect(element, JsonValueKind.Object, Path, "a mutation model, models per sex or models per marker (an object)"))
        {
            return null;
        }

        if (IsModel(element) || IsPerSex(element))
        {
            return ModelOrPerSex(reader, element, Path) is { } all ? new MutationSettings(all) : null;
        }

        var before = reader.ErrorCount;
        var fallback = SexSpecificMutation.None;
        var perMarker = new Dictionary<string, SexSpecificMutation>(StringComparer.Ordinal);
        var spelledAs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in reader.Properties(element, Path))
        {
            var path = CaseJsonReader.Child(Path, property.Name);
            var models = ModelOrPerSex(reader, property.Value, path);
            if (string.Equals(property.Name, DefaultKey, StringComparison.Ordinal))
            {
                fallback = models ?? fallback;
                continue;
            }

            var key = MarkerNames.Key(property.Name);
            if (key.Length == 0)
            {
                reader.Error(path, $"'{property.Name}' is not a marker name");
                continue;
            }

            if (spelledAs.TryGetValue(key, out var first))
            {
                reader.Error(path, $"marker '{property.Name}' is the same marker as '{first}', given above");
                continue;
            }

            spelledAs.Add(key, property.Name);
            if (table is not null && table.Find(property.Name) is null)
            {
                reader.Error(path, $"marker '{property.Name}' is not in the frequency table ({table.Source}); a model for it would never be used");
            }

            if (models is not null)
            {
                perMarker.Add(property.Name, models);
            }
        }

        return reader.ErrorCount > before ? null : new MutationSettings(fallback, perMarker);
    }

    private static bool IsModel(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("model", out _);

    private static bool IsPerSex(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
        && (element.TryGetProperty("male", out _) || element.TryGetProperty("female", out _));

    private static SexSpecificMutation? ModelOrPerSex(CaseJsonReader reader, JsonElement element, string path)
    {
        if (IsModel(element))
        {
            return Model(reader, element, path) is { } model ? new SexSpecificMutation(model, model) : null;
        }

        if (IsPerSex(element))
        {
            var properties = reader.KnownProperties(element, path, "male", "female");
            var male = reader.Require(properties, "male", path, out var m) ? Model(reader, m, CaseJsonReader.Child(path, "male")) : null;
            var female = reader.Require(properties, "female", path, out var f) ? Model(reader, f, CaseJsonReader.Child(path, "female")) : null;
            return male is not null && female is not null ? new SexSpecificMutation(male, female) : null;
        }

        reader.Error(path, $"expected a mutation model {{ \"model\": … }} or models per sex {{ \"male\": …, \"female\": … }}, found {CaseJsonReader.Describe(element)}");
        return null;
    }

    private static MutationModel? Model(CaseJsonReader reader, JsonElement element, string path)
    {
        if (!reader.Expect(element, JsonValueKind.Object, path, "a mutation model { \"model\": … }"))
        {
            return null;
        }

        var before = reader.ErrorCount;
        var properties = reader.KnownProperties(element, path, "model", "rate", "rate2", "range");
        if (!reader.Require(properties, "model", path, out var nameElement)
            || reader.NonEmptyString(nameElement, CaseJsonReader.Child(path, "model"), "a model name") is not { } name)
        {
            return null;
        }

        var kind = name.Trim().ToUpperInvariant() switch
        {
            "NONE" => "none",
            "EQUAL" => "equal",
            "PROPORTIONAL" => "proportional",
            "STEPWISE" => "stepwise",
            "ONESTEP" => "onestep",
            _ => null,
        };
        string[]? parameters = kind switch
        {
            "none" => [],
            "stepwise" => ["rate", "rate2", "range"],
            null => null,
            _ => ["rate"],
        };
        if (kind is null || parameters is null)
        {
            reader.Error(CaseJsonReader.Child(path, "model"), $"unknown mutation model '{name}'; expected 'none', 'equal', 'proportional', 'stepwise' or 'onestep'");
            return null;
        }

        foreach (var key in properties.Keys.Where(k => k != "model" && Array.IndexOf(parameters, k) < 0))
        {
            reader.Error(CaseJsonReader.Child(path, key), $"'{key}' does not apply to the {kind} model");
        }

        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var key in parameters)
        {
            if (!reader.Require(properties, key, path, out var valueElement))
            {
                continue;
            }

            var keyPath = CaseJsonReader.Child(path, key);
            if (reader.Number(valueElement, keyPath) is not { } value)
            {
                continue;
            }

            if (key == "range" ? value <= 0 : value is < 0 or > 1)
            {
                reader.Error(keyPath, key == "range"
                    ? $"range {CaseJsonReader.Format(value)} must be greater than 0"
                    : $"{key} {CaseJsonReader.Format(value)} must be in [0, 1]");
                continue;
            }

            values.Add(key, value);
        }

        if (reader.ErrorCount > before)
        {
            return null;
        }

        Result<MutationModel> built = kind switch
        {
            "none" => MutationModel.None,
            "equal" => MutationModel.Equal(values["rate"]),
            "proportional" => MutationModel.Proportional(values["rate"]),
            "onestep" => MutationModel.OneStep(values["rate"]),
            _ => MutationModel.Stepwise(values["rate"], values["rate2"], values["range"]),
        };
        if (!built.IsSuccess)
        {
            reader.AddRange(built.Errors.Select(e => e with { Place = reader.Place(path) }));
            return null;
        }

        return built.Value;
    }
}
