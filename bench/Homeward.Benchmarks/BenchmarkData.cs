using Homeward.Kinship;
using Homeward.Kinship.Relationships;

namespace Homeward.Benchmarks;

/// <summary>
/// The shared inputs: the NIST 1036 Asian table from the repository (found by walking up to
/// Homeward.slnx), a 24-marker panel (the 20 CODIS core loci, SE33, Penta D, Penta E, D6S1043),
/// stepwise mutation with a higher male rate, and profiles drawn from the frequencies with a
/// fixed seed.
/// </summary>
internal static class BenchmarkData
{
    public const int Seed = 20_240_611;

    public static readonly string[] Markers =
    [
        "CSF1PO", "D10S1248", "D12S391", "D13S317", "D16S539", "D18S51", "D19S433", "D1S1656",
        "D21S11", "D22S1045", "D2S1338", "D2S441", "D3S1358", "D5S818", "D6S1043", "D7S820",
        "D8S1179", "FGA", "Penta D", "Penta E", "SE33", "TH01", "TPOX", "vWA",
    ];

    private static readonly Lazy<FrequencyTable> LazyTable = new(() =>
    {
        const string name = "nist1036-asian.csv";
        using var reader = File.OpenText(Path.Combine(RepositoryRoot(), "data", "frequencies", name));
        return FrequencyTableReader.ReadCsv(reader, name).Value;
    });

    public static FrequencyTable Table => LazyTable.Value;

    /// <summary>Stepwise (r, r2 = 1e-6, range 0.5) with r = 0.003 for fathers and 0.001 for mothers.</summary>
    public static MutationSettings Mutation { get; } = new(new SexSpecificMutation(
        MutationModel.Stepwise(0.003, 1e-6, 0.5).Value,
        MutationModel.Stepwise(0.001, 1e-6, 0.5).Value));

    public static MarkerPanel Panel() => MarkerPanel.Create(Table, Markers, Mutation).Value;

    /// <summary>A profile drawn from the population at every panel marker.</summary>
    public static Dictionary<string, Genotype> RandomGenotypes(Random random)
    {
        var genotypes = new Dictionary<string, Genotype>(StringComparer.Ordinal);
        foreach (var name in Markers)
        {
            var marker = Table.Find(name)!.Value.Marker;
            genotypes[marker.Name] = new Genotype(Draw(marker, random), Draw(marker, random));
        }

        return genotypes;
    }

    private static AlleleLabel Draw(MarkerFrequencies marker, Random random)
    {
        var u = random.NextDouble() * marker.Frequencies.Sum();
        for (var i = 0; i < marker.Count; i++)
        {
            u -= marker.Frequencies[i];
            if (u <= 0)
            {
                return marker.Alleles[i];
            }
        }

        return marker.Alleles[^1];
    }

    private static string RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Homeward.slnx")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Homeward.slnx not found above " + AppContext.BaseDirectory);
    }
}
