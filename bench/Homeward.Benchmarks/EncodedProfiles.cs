using Homeward.Kinship;
using Homeward.Kinship.Peeling;
using Homeward.Kinship.Relationships;

namespace Homeward.Benchmarks;

/// <summary>
/// Profiles of the benchmarks in the three forms the compared methods read: genotype dictionaries
/// (the general engine's API), one contiguous ushort array of panel codes (the fast paths, as a
/// search index holds them), and per-marker genotype indices (the peeler and direct formulas).
/// </summary>
internal sealed class EncodedProfiles
{
    public EncodedProfiles(MarkerPanel panel, IReadOnlyList<Dictionary<string, Genotype>> profiles)
    {
        Genotypes = profiles;
        Codes = new ushort[profiles.Count * panel.Count];
        for (var i = 0; i < profiles.Count; i++)
        {
            panel.Encode(profiles[i]).Value.CopyTo(Codes, i * panel.Count);
        }

        Width = panel.Count;
    }

    public IReadOnlyList<Dictionary<string, Genotype>> Genotypes { get; }

    /// <summary>Profile i at markers [i·Width, (i+1)·Width).</summary>
    public ushort[] Codes { get; }

    public int Width { get; }

    public ReadOnlySpan<ushort> Profile(int i) => Codes.AsSpan(i * Width, Width);

    /// <summary>Genotype index of profile i at marker m, G for untyped (as the direct formulas read it).</summary>
    public int Index(int i, int m, MarkerSystem system)
    {
        var code = Codes[(i * Width) + m];
        return code == MarkerPanel.Untyped ? system.Space.Count : code;
    }

    /// <summary>A child of <paramref name="parent"/>: one of the parent's alleles (unmutated) and one from the population.</summary>
    public static Dictionary<string, Genotype> ChildOf(Dictionary<string, Genotype> parent, Dictionary<string, Genotype> other, Random random)
    {
        var child = new Dictionary<string, Genotype>(StringComparer.Ordinal);
        foreach (var (marker, genotype) in parent)
        {
            var fromParent = random.Next(2) == 0 ? genotype.First : genotype.Second;
            var fromOther = random.Next(2) == 0 ? other[marker].First : other[marker].Second;
            child[marker] = new Genotype(fromParent, fromOther);
        }

        return child;
    }
}
