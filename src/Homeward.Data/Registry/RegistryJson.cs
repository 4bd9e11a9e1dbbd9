using System.Text.Json;
using Homeward.Kinship;
using Homeward.Registry.Evidence;
using Homeward.Registry.Names;

namespace Homeward.Data.Registry;

/// <summary>
/// The JSON columns of the registry: lists of names, photo references and ids, the per-marker DNA
/// detail, the descriptive factors, and the canonical loci of a sample read back into genotypes.
/// </summary>
internal static class RegistryJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerOptions.Web)
    {
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Strings(IEnumerable<string> values) => JsonSerializer.Serialize(values.ToArray());

    public static string[] ParseStrings(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<string[]>(json) ?? [];

    public static string Names(IEnumerable<ChineseName> names) =>
        JsonSerializer.Serialize(names.Select(n => new[] { n.Characters, n.Pinyin }).ToArray());

    /// <summary>The stored names; a name the domain no longer accepts is reported in <paramref name="problems"/>.</summary>
    public static List<ChineseName> ParseNames(string? json, string place, ICollection<string> problems)
    {
        var names = new List<ChineseName>();
        foreach (var pair in string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<string[][]>(json) ?? [])
        {
            var name = ChineseName.Create(pair.ElementAtOrDefault(0), pair.ElementAtOrDefault(1), place);
            if (name.IsSuccess)
            {
                names.Add(name.Value);
            }
            else
            {
                problems.Add(string.Join("; ", name.Errors));
            }
        }

        return names;
    }

    public static string Markers(IEnumerable<MarkerLikelihoodRatio> markers) =>
        JsonSerializer.Serialize(markers.Select(m => new MarkerRow(m.Marker, m.LikelihoodH1, m.LikelihoodH2)).ToArray(), Options);

    public static IReadOnlyList<MarkerLikelihoodRatio> ParseMarkers(string? json) =>
        string.IsNullOrEmpty(json) || json == "{}"
            ? []
            : [.. (JsonSerializer.Deserialize<MarkerRow[]>(json, Options) ?? []).Select(r => new MarkerLikelihoodRatio(r.Marker, r.H1, r.H2))];

    public static string Factors(IEnumerable<EvidenceFactor> factors) =>
        JsonSerializer.Serialize(factors.Select(f => new FactorRow(f.Kind.ToString(), f.LikelihoodRatio, f.Explanation)).ToArray(), Options);

    public static IReadOnlyList<EvidenceFactor> ParseFactors(string? json) =>
        string.IsNullOrEmpty(json)
            ? []
            : [.. (JsonSerializer.Deserialize<FactorRow[]>(json, Options) ?? []).Select(r => new EvidenceFactor(Enum.Parse<EvidenceKind>(r.Kind), r.Lr, r.Explanation))];

    /// <summary>The canonical loci column (<c>{"D3S1358":["15","16"],…}</c>) as genotypes.</summary>
    public static Dictionary<string, Genotype> ParseLoci(string json)
    {
        var loci = new Dictionary<string, Genotype>(StringComparer.Ordinal);
        foreach (var (marker, alleles) in JsonSerializer.Deserialize<Dictionary<string, string[]>>(json) ?? [])
        {
            loci[marker] = new Genotype(AlleleLabel.Parse(alleles[0]), AlleleLabel.Parse(alleles[^1]));
        }

        return loci;
    }

    private sealed record MarkerRow(string Marker, double H1, double H2);

    private sealed record FactorRow(string Kind, double Lr, string Explanation);
}
