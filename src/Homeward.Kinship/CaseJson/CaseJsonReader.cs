using System.Globalization;
using System.Text.Json;

namespace Homeward.Kinship.CaseJson;

/// <summary>
/// The shared state of one parse: the source name, the errors found so far, and the checks every
/// section uses (kinds, duplicate keys, known keys, numbers), each naming the JSON path it is about.
/// </summary>
internal sealed class CaseJsonReader(string source)
{
    private readonly List<InputError> _errors = [];

    public string Source { get; } = source;

    public IReadOnlyList<InputError> Errors => _errors;

    public int ErrorCount => _errors.Count;

    public static string Child(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    public static string Item(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

    public string Place(string path) => path.Length == 0 ? Source : $"{Source}: {path}";

    public void Error(string path, string message) => _errors.Add(new InputError(Place(path), message));

    public void AddRange(IEnumerable<InputError> errors) => _errors.AddRange(errors);

    /// <summary>Checks the kind of a value; on mismatch reports "expected …, found …".</summary>
    public bool Expect(JsonElement element, JsonValueKind kind, string path, string expected)
    {
        if (element.ValueKind == kind)
        {
            return true;
        }

        Error(path, $"expected {expected}, found {Describe(element)}");
        return false;
    }

    /// <summary>
    /// The properties of an object in document order, each key once: a repeated key is an error
    /// and its later values are skipped.
    /// </summary>
    public List<JsonProperty> Properties(JsonElement obj, string path)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var properties = new List<JsonProperty>();
        foreach (var property in obj.EnumerateObject())
        {
            if (!seen.Add(property.Name))
            {
                Error(Child(path, property.Name), $"the key '{property.Name}' appears more than once; each key may appear only once");
                continue;
            }

            properties.Add(property);
        }

        return properties;
    }

    /// <summary>
    /// The properties of an object with a fixed set of keys: unknown keys are errors. Returns the
    /// known ones by name.
    /// </summary>
    public Dictionary<string, JsonElement> KnownProperties(JsonElement obj, string path, params string[] known)
    {
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in Properties(obj, path))
        {
            if (Array.IndexOf(known, property.Name) < 0)
            {
                var hint = known.FirstOrDefault(k => string.Equals(k, property.Name, StringComparison.OrdinalIgnoreCase));
                Error(
                    Child(path, property.Name),
                    hint is not null
                        ? $"unknown key '{property.Name}'; keys are case-sensitive: did you mean '{hint}'?"
                        : $"unknown key '{property.Name}'; expected {string.Join(", ", known.Select(k => $"'{k}'"))}");
                continue;
            }

            result.Add(property.Name, property.Value);
        }

        return result;
    }

    /// <summary>A required key; reports it missing when absent.</summary>
    public bool Require(Dictionary<string, JsonElement> properties, string key, string path, out JsonElement value)
    {
        if (properties.TryGetValue(key, out value))
        {
            return true;
        }

        Error(Child(path, key), $"the required key '{key}' is missing");
        return false;
    }

    /// <summary>A finite JSON number, or null after reporting why not.</summary>
    public double? Number(JsonElement element, string path)
    {
        if (!Expect(element, JsonValueKind.Number, path, "a number"))
        {
            return null;
        }

        if (!element.TryGetDouble(out var value) || !double.IsFinite(value))
        {
            Error(path, $"the number {element.GetRawText()} is out of range");
            return null;
        }

        return value;
    }

    /// <summary>A non-empty string, or null after reporting why not.</summary>
    public string? NonEmptyString(JsonElement element, string path, string expected)
    {
        if (!Expect(element, JsonValueKind.String, path, expected))
        {
            return null;
        }

        var value = element.GetString()!;
        if (string.IsNullOrWhiteSpace(value))
        {
            Error(path, $"expected {expected}, found an empty string");
            return null;
        }

        return value;
    }

    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => element.GetArrayLength() switch
        {
            0 => "an empty array",
            1 => "an array of 1 item",
            var n => string.Create(CultureInfo.InvariantCulture, $"an array of {n} items"),
        },
        JsonValueKind.String => $"the string {Shorten(element.GetRawText())}",
        JsonValueKind.Number => $"the number {Shorten(element.GetRawText())}",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
