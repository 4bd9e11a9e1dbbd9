using System.Text.Json;
using Homeward.Kinship.CaseJson;

namespace Homeward.Kinship;

/// <summary>
/// Parses a kinship case in the JSON format of docs/cli.md and DESIGN §4:
/// <c>frequencies</c> (a path or an inline table), optional <c>theta</c>, <c>minimumFrequency</c> and
/// <c>mutation</c>, <c>hypotheses</c> (<c>H1</c>, optional <c>H2</c>) and <c>genotypes</c>; optional
/// <c>title</c> and <c>description</c> are accepted for people and ignored here; an optional key
/// given as null takes its default. Comments and trailing commas are allowed; unknown and repeated
/// keys are errors. Every error names the file and the
/// JSON path (<c>case.json: hypotheses.H1[2].father</c>) or, for broken JSON, the line and column,
/// and all errors that can be found are reported together.
/// </summary>
public static class KinshipCaseJson
{
    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 32,
    };

    /// <summary>
    /// Parses a case. The library does no I/O: <paramref name="loadTable"/> is given the
    /// <c>frequencies</c> string exactly as written (a path relative to the case file) and returns the
    /// table or errors that name the file and line.
    /// </summary>
    /// <param name="json">The case file's text.</param>
    /// <param name="source">How errors name the file, e.g. <c>case.json</c>.</param>
    /// <param name="loadTable">Loads a frequency table given the path written in the case.</param>
    public static Result<KinshipCase> Parse(string json, string source, Func<string, Result<FrequencyTable>> loadTable)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(loadTable);
        return ParseDocument(json, source, (reader, root) => Read(reader, root, loadTable));
    }

    /// <summary>
    /// Parses a settings file: the population keys of a case (<c>frequencies</c>, <c>theta</c>,
    /// <c>mutation</c>, <c>minimumFrequency</c>; <c>title</c> and <c>description</c> allowed) without
    /// hypotheses or genotypes, as <c>homeward search --settings</c> reads it.
    /// </summary>
    public static Result<KinshipSettings> ParseSettings(string json, string source, Func<string, Result<FrequencyTable>> loadTable)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(loadTable);
        return ParseDocument(json, source, (reader, root) =>
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Result<KinshipSettings>.Failure(source, $"settings are a JSON object, found {CaseJsonReader.Describe(root)}");
            }

            var properties = reader.KnownProperties(root, string.Empty, "frequencies", "theta", "minimumFrequency", "mutation", "title", "description");
            var (table, theta, minimum, mutation) = ReadPopulation(reader, properties, loadTable);
            Describe(reader, properties);
            return reader.ErrorCount > 0 || table is null || theta is null || mutation is null
                ? Result<KinshipSettings>.Failure(reader.Errors)
                : new KinshipSettings(table, theta.Value, mutation, minimum);
        });
    }

    /// <summary>Parses the JSON text (comments, trailing commas and a byte-order mark allowed) and reads its root.</summary>
    private static Result<T> ParseDocument<T>(string json, string source, Func<CaseJsonReader, JsonElement, Result<T>> read)
    {
        json = json.TrimStart('\uFEFF');
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, Options);
        }
        catch (JsonException e)
        {
            return Result<T>.Failure([JsonSyntaxError.From(e, json, source)]);
        }

        using (document)
        {
            return read(new CaseJsonReader(source), document.RootElement);
        }
    }

    private static (FrequencyTable? Table, double? Theta, double? Minimum, MutationSettings? Mutation) ReadPopulation(
        CaseJsonReader reader, Dictionary<string, JsonElement> properties, Func<string, Result<FrequencyTable>> loadTable)
    {
        foreach (var optional in new[] { "theta", "minimumFrequency", "mutation", "title", "description" })
        {
            // An optional key given as null means the default, as if it were absent.
            if (properties.TryGetValue(optional, out var value) && value.ValueKind == JsonValueKind.Null)
            {
                properties.Remove(optional);
            }
        }

        var table = reader.Require(properties, "frequencies", string.Empty, out var frequencies)
            ? FrequenciesSection.Read(reader, frequencies, loadTable)
            : null;
        var theta = properties.TryGetValue("theta", out var thetaElement) ? Theta(reader, thetaElement) : 0;
        var minimum = properties.TryGetValue("minimumFrequency", out var minimumElement) ? MinimumFrequency(reader, minimumElement) : null;
        var mutation = properties.TryGetValue("mutation", out var mutationElement)
            ? MutationSection.Read(reader, mutationElement, table)
            : MutationSettings.None;
        return (table, theta, minimum, mutation);
    }

    private static Result<KinshipCase> Read(CaseJsonReader reader, JsonElement root, Func<string, Result<FrequencyTable>> loadTable)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Result<KinshipCase>.Failure(reader.Source, $"a kinship case is a JSON object, found {CaseJsonReader.Describe(root)}");
        }

        var properties = reader.KnownProperties(
            root, string.Empty,
            "frequencies", "theta", "minimumFrequency", "mutation", "hypotheses", "genotypes", "title", "description");
        var (table, theta, minimum, mutation) = ReadPopulation(reader, properties, loadTable);

        Pedigree? h1 = null;
        Pedigree? h2 = null;
        HashSet<string>? declaredH1 = null;
        HashSet<string>? declaredH2 = null;
        if (reader.Require(properties, "hypotheses", string.Empty, out var hypotheses))
        {
            (h1, h2, declaredH1, declaredH2) = HypothesesSection.Read(reader, hypotheses);
        }

        Dictionary<string, IReadOnlyDictionary<string, Genotype>>? genotypes = null;
        if (reader.Require(properties, "genotypes", string.Empty, out var genotypesElement))
        {
            genotypes = GenotypesSection.Read(reader, genotypesElement, declaredH1, declaredH2);
        }

        Describe(reader, properties);

        if (reader.ErrorCount > 0 || table is null || h1 is null || genotypes is null || theta is null || mutation is null)
        {
            return Result<KinshipCase>.Failure(reader.Errors);
        }

        return new KinshipCase(table, h1, h2, genotypes, theta.Value, mutation, minimum);
    }

    private static double? Theta(CaseJsonReader reader, JsonElement element)
    {
        var theta = reader.Number(element, "theta");
        if (theta is < 0 or >= 1)
        {
            reader.Error("theta", $"θ = {CaseJsonReader.Format(theta.Value)} must be in [0, 1)");
            return null;
        }

        return theta;
    }

    private static double? MinimumFrequency(CaseJsonReader reader, JsonElement element)
    {
        var minimum = reader.Number(element, "minimumFrequency");
        if (minimum is <= 0 or >= 1)
        {
            reader.Error("minimumFrequency", $"{CaseJsonReader.Format(minimum.Value)} must be in (0, 1)");
            return null;
        }

        return minimum;
    }

    // "title" and "description" are for people (the demo prints them); only their shape is checked.
    private static void Describe(CaseJsonReader reader, Dictionary<string, JsonElement> properties)
    {
        if (properties.TryGetValue("title", out var title))
        {
            reader.Expect(title, JsonValueKind.String, "title", "a string");
        }

        if (properties.TryGetValue("description", out var description)
            && reader.Expect(description, JsonValueKind.Object, "description", "an object { \"H1\": \"…\", \"H2\": \"…\" }"))
        {
            foreach (var (key, value) in reader.KnownProperties(description, "description", "H1", "H2"))
            {
                reader.Expect(value, JsonValueKind.String, CaseJsonReader.Child("description", key), "a string");
            }
        }
    }
}
