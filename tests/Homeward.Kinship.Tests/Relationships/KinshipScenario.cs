using System.Globalization;
using Homeward.Kinship.Relationships;

namespace Homeward.Kinship.Tests.Relationships;

/// <summary>
/// One generated marker (allele labels with microvariants, frequencies that may sum to 1 ± 0.0008
/// as real tables do), male and female mutation models, and three persons' genotypes as allele
/// index pairs.
/// </summary>
public sealed record KinshipScenario(
    string[] Alleles,
    double[] Frequencies,
    MutationSpec Male,
    MutationSpec Female,
    (int, int) First,
    (int, int) Second,
    (int, int) Third)
{
    public const string MarkerName = "D1S1";

    /// <summary>The same scenario with frequencies rescaled to sum to 1.</summary>
    public KinshipScenario Normalised()
    {
        var sum = Frequencies.Sum();
        return this with { Frequencies = [.. Frequencies.Select(f => f / sum)] };
    }

    public FrequencyTable Table() =>
        FrequencyTableReader.FromDictionary(
            [new(MarkerName, Alleles.Select((a, i) => new KeyValuePair<string, double>(a, Frequencies[i])).ToList())],
            "generated").Value;

    public MutationSettings Mutation() => new(new SexSpecificMutation(Male.Build(), Female.Build()));

    public MarkerPanel Panel() => MarkerPanel.Create(Table(), [MarkerName], Mutation()).Value;

    public Genotype GenotypeOf((int A, int B) alleles) =>
        new(AlleleLabel.Parse(Alleles[alleles.A]), AlleleLabel.Parse(Alleles[alleles.B]));

    /// <summary>The genotype's code in the scenario's one-marker panel.</summary>
    public ushort Code((int A, int B) alleles)
    {
        var codes = Panel().Encode(new Dictionary<string, Genotype> { [MarkerName] = GenotypeOf(alleles) }).Value;
        return codes[0];
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"alleles {string.Join(' ', Alleles.Select((a, i) => $"{a}:{Frequencies[i]:G6}"))} (sum {Frequencies.Sum():R}); male {Male}; female {Female}; A {GenotypeOf(First)}; B {GenotypeOf(Second)}; C {GenotypeOf(Third)}");
}
