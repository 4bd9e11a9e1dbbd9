using Homeward.Kinship;

namespace Homeward.Cli.Tests.Parsing;

/// <summary>A small valid case and helpers to parse variations of it.</summary>
internal static class CaseJson
{
    public const string TableCsv = """
        marker,allele,frequency
        D3S1358,14,0.1
        D3S1358,15,0.3
        D3S1358,16,0.4
        D3S1358,17,0.2
        vWA,14,0.5
        vWA,17,0.5
        """;

    public const string Trio = """
        { "H1": [
            { "id": "AF", "sex": "M" },
            { "id": "MO", "sex": "F" },
            { "id": "CH", "sex": "F", "father": "AF", "mother": "MO" } ] }
        """;

    public const string Genotypes = """
        { "AF": { "D3S1358": ["15", "16"] }, "CH": { "D3S1358": ["15", "17"] } }
        """;

    public static FrequencyTable Table => FrequencyTableReader.ReadCsv(new StringReader(TableCsv), "t.csv").Value;

    public static string Case(string? frequencies = null, string? hypotheses = null, string? genotypes = null, string? extra = null) => $$"""
        {
          "frequencies": {{frequencies ?? "\"t.csv\""}},
          {{(extra is null ? string.Empty : extra + ",")}}
          "hypotheses": {{hypotheses ?? Trio}},
          "genotypes": {{genotypes ?? Genotypes}}
        }
        """;

    public static Result<KinshipCase> Parse(string json) => KinshipCaseJson.Parse(json, "case.json", Load);

    public static KinshipCase Valid(string json)
    {
        var result = Parse(json);
        result.IsSuccess.ShouldBeTrue(string.Join("\n", result.Errors ?? []));
        return result.Value;
    }

    public static string[] Errors(string json)
    {
        var result = Parse(json);
        result.IsSuccess.ShouldBeFalse("the case should have been rejected");
        return result.Errors.Select(e => e.ToString()).ToArray();
    }

    /// <summary>Asserts an error at exactly <paramref name="place"/> whose message contains <paramref name="fragment"/>.</summary>
    public static void ShouldHaveError(this string[] errors, string place, string fragment) =>
        errors.ShouldContain(
            e => e.StartsWith(place + ": ", StringComparison.Ordinal) && e.Contains(fragment, StringComparison.Ordinal),
            $"expected an error at '{place}' containing '{fragment}'; got:\n{string.Join("\n", errors)}");

    private static Result<FrequencyTable> Load(string path) =>
        path == "t.csv" ? Table : Result<FrequencyTable>.Failure("case.json: frequencies", $"no table '{path}'");
}
