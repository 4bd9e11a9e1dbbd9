using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Homeward.Kinship.Tests.Naive;

namespace Homeward.Kinship.Tests.Properties;

/// <summary>
/// One random test case at one marker: the marker's alleles and frequencies, two hypotheses over
/// the same typed persons, their genotypes, male and female mutation models and θ. It can be fed to
/// the engine (<see cref="ToCase()"/>) and to the naive reference (<see cref="NaiveLikelihood"/>).
/// <see cref="ToString"/> prints it compactly, for counterexamples.
/// </summary>
public sealed record Scenario(
    ImmutableArray<AlleleLabel> Alleles,
    ImmutableArray<double> Frequencies,
    ImmutableArray<PersonSpec> H1,
    ImmutableArray<PersonSpec> H2,
    ImmutableDictionary<string, Genotype> Genotypes,
    MutationSpec Male,
    MutationSpec Female,
    double Theta)
{
    public const string Marker = "D5S818";

    public bool IsTyped(string id) => Genotypes.ContainsKey(id);

    public FrequencyTable Table() =>
        FrequencyTableReader.FromDictionary(
            [new(Marker, Alleles.Select((a, i) => new KeyValuePair<string, double>(a.Text, Frequencies[i])).ToList())],
            "scenario").Value;

    public MutationSettings Mutation() => new(new SexSpecificMutation(Male.ToEngine(), Female.ToEngine()));

    public KinshipCase ToCase() => ToCase(H1, H2);

    public KinshipCase ToCase(IReadOnlyList<PersonSpec> h1, IReadOnlyList<PersonSpec> h2) =>
        new(
            Table(),
            Pedigree.Create(h1, "H1").Value,
            Pedigree.Create(h2, "H2").Value,
            Genotypes.ToDictionary(
                kv => kv.Key,
                kv => (IReadOnlyDictionary<string, Genotype>)new Dictionary<string, Genotype> { [Marker] = kv.Value },
                StringComparer.Ordinal),
            Theta,
            Mutation());

    public double[,] NaiveMaleMatrix() => NaiveMutationMatrix.Build(Male, Alleles, Frequencies);

    public double[,] NaiveFemaleMatrix() => NaiveMutationMatrix.Build(Female, Alleles, Frequencies);

    /// <summary>Whether both naive matrices are stochastic (else the engine must refuse the model).</summary>
    public bool MutationIsValid() =>
        NaiveMutationMatrix.IsStochastic(NaiveMaleMatrix()) && NaiveMutationMatrix.IsStochastic(NaiveFemaleMatrix());

    public double NaiveLikelihood(IReadOnlyList<PersonSpec> persons) =>
        NaivePedigreeLikelihood.Compute(persons, Genotypes, Alleles, Frequencies, NaiveMaleMatrix(), NaiveFemaleMatrix(), Theta);

    /// <summary>The typed persons of H1, all founders: the usual "unrelated" hypothesis.</summary>
    public ImmutableArray<PersonSpec> TypedUnrelated() =>
        [.. H1.Where(p => IsTyped(p.Id)).Select(p => new PersonSpec(p.Id, p.Sex))];

    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"alleles {string.Join(", ", Alleles.Select((a, i) => string.Create(CultureInfo.InvariantCulture, $"{a}:{Frequencies[i]:R}")))}");
        text.Append(CultureInfo.InvariantCulture, $"; θ {Theta:R}; male {Male}; female {Female}");
        text.Append(CultureInfo.InvariantCulture, $"; H1 [{Describe(H1)}]; H2 [{Describe(H2)}]");
        return text.ToString();
    }

    private string Describe(IEnumerable<PersonSpec> persons) =>
        string.Join(", ", persons.Select(p =>
            $"{p.Id} {SexLetter(p.Sex)}{(p.Father is null ? string.Empty : $" = {p.Father}×{p.Mother}")}{(Genotypes.TryGetValue(p.Id, out var g) ? $" {g}" : string.Empty)}"));

    private static string SexLetter(Sex sex) => sex switch
    {
        Sex.Male => "M",
        Sex.Female => "F",
        _ => "?",
    };
}
