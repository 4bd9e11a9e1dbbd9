using Homeward.Kinship;

namespace Homeward.Cli.Output;

/// <summary>
/// <c>--explain</c>: a table for people on stderr, one row per marker evaluated: the typed persons'
/// genotypes, P(genotypes | H1), P(genotypes | H2) and the marker's LR; then the combined LR.
/// </summary>
internal static class ExplainWriter
{
    public static void Write(TextWriter writer, string source, KinshipCase kinshipCase, LikelihoodRatioResult result)
    {
        var typed = kinshipCase.H1.Persons.Select(p => p.Id).Where(kinshipCase.Genotypes.ContainsKey).ToList();
        var byKey = typed.ToDictionary(
            id => id,
            id => kinshipCase.Genotypes[id].ToDictionary(kv => MarkerNames.Key(kv.Key), kv => kv.Value, StringComparer.Ordinal),
            StringComparer.Ordinal);

        var table = new TextTable(["marker", .. typed, "P(H1)", "P(H2)", "LR"]);
        foreach (var locus in result.Loci)
        {
            var key = MarkerNames.Key(locus.Marker);
            var genotypes = typed.Select(id => byKey[id].TryGetValue(key, out var g) ? g.ToString() : "-");
            table.Add([locus.Marker, .. genotypes, Numbers.Short(locus.LikelihoodH1), Numbers.Short(locus.LikelihoodH2), Numbers.Short(locus.LikelihoodRatio)]);
        }

        writer.WriteLine($"{source}: frequencies {kinshipCase.Frequencies.Source}, θ = {Numbers.Short(kinshipCase.Theta)}, mutation {MutationText.Describe(kinshipCase.Mutation)}");
        var numeric = Enumerable.Range(typed.Count + 1, 3).ToArray();
        table.Write(writer, string.Empty, numeric);
        var log10 = result.Log10LikelihoodRatio is { } l ? Numbers.Fixed(l) : "-∞";
        writer.WriteLine($"combined LR = {Numbers.Short(result.LikelihoodRatio)} (log10 {log10}) over {result.Loci.Count} markers");
    }
}
