using System.Collections.Immutable;

namespace Homeward.Kinship;

/// <summary>The alleles of one marker with their population frequencies, in table order.</summary>
public sealed class MarkerFrequencies
{
    private readonly Dictionary<AlleleLabel, int> _index;

    internal MarkerFrequencies(string name, ImmutableArray<AlleleLabel> alleles, ImmutableArray<double> frequencies)
    {
        Name = name;
        Key = MarkerNames.Key(name);
        Alleles = alleles;
        Frequencies = frequencies;
        _index = new Dictionary<AlleleLabel, int>(alleles.Length);
        for (var i = 0; i < alleles.Length; i++)
        {
            _index.Add(alleles[i], i);
        }
    }

    /// <summary>The marker name as the table spells it.</summary>
    public string Name { get; }

    /// <summary>The alias-folded key of <see cref="Name"/> (see <see cref="MarkerNames.Key"/>).</summary>
    public string Key { get; }

    /// <summary>The alleles, in the order of the table.</summary>
    public ImmutableArray<AlleleLabel> Alleles { get; }

    /// <summary>The frequencies, parallel to <see cref="Alleles"/>.</summary>
    public ImmutableArray<double> Frequencies { get; }

    /// <summary>The number of alleles.</summary>
    public int Count => Alleles.Length;

    /// <summary>The index of an allele, or -1 when the table does not list it.</summary>
    public int IndexOf(AlleleLabel allele) => _index.TryGetValue(allele, out var i) ? i : -1;

    /// <summary>
    /// A copy with extra alleles appended at frequency <paramref name="frequency"/> each, all
    /// frequencies then scaled to sum to exactly 1.
    /// </summary>
    public MarkerFrequencies WithAddedAlleles(IReadOnlyList<AlleleLabel> added, double frequency)
    {
        ArgumentNullException.ThrowIfNull(added);
        if (added.Count == 0)
        {
            return this;
        }

        var alleles = Alleles.AddRange(added);
        var raw = Frequencies.AddRange(Enumerable.Repeat(frequency, added.Count));
        var sum = raw.Sum();
        return new MarkerFrequencies(Name, alleles, raw.Select(f => f / sum).ToImmutableArray());
    }
}
