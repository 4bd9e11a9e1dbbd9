using Homeward.Kinship;

namespace Homeward.Registry.Tests;

/// <summary>Draws founders from the frequencies and children by Mendelian transmission (no mutation), seeded.</summary>
internal sealed class FamilyFactory(FrequencyTable table, IReadOnlyList<string> markers, int seed)
{
    private readonly Random _random = new(seed);

    public Dictionary<string, Genotype> Founder() =>
        markers.ToDictionary(m => m, m => new Genotype(Draw(m), Draw(m)), StringComparer.Ordinal);

    public Dictionary<string, Genotype> Child(IReadOnlyDictionary<string, Genotype> father, IReadOnlyDictionary<string, Genotype> mother) =>
        markers.ToDictionary(m => m, m => new Genotype(Pick(father[m]), Pick(mother[m])), StringComparer.Ordinal);

    private AlleleLabel Pick(Genotype parent) => _random.Next(2) == 0 ? parent.First : parent.Second;

    private AlleleLabel Draw(string marker)
    {
        var frequencies = table.Find(marker)!.Value.Marker;
        var u = _random.NextDouble();
        for (var i = 0; i < frequencies.Count; i++)
        {
            u -= frequencies.Frequencies[i];
            if (u <= 0)
            {
                return frequencies.Alleles[i];
            }
        }

        return frequencies.Alleles[^1];
    }
}
