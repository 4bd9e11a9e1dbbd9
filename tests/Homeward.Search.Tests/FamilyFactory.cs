using Homeward.Kinship;

namespace Homeward.Search.Tests;

/// <summary>
/// Draws small random families for the tests: founders from the frequencies, children by Mendelian
/// transmission (with an occasional mutation to a random allele so that inconsistent true
/// relatives occur), and unrelated queries.
/// </summary>
internal sealed class FamilyFactory(FrequencyTable table, IReadOnlyList<string> markers, int seed, double mutationChance = 0.02, double missingChance = 0.05)
{
    private readonly Random _random = new(seed);

    public static readonly FamilyRole[][] Shapes =
    [
        [FamilyRole.Mother],
        [FamilyRole.Father],
        [FamilyRole.FullSibling],
        [FamilyRole.MaternalHalfSibling],
        [FamilyRole.PaternalHalfSibling],
        [FamilyRole.MaternalGrandmother],
        [FamilyRole.PaternalGrandfather],
        [FamilyRole.Child],
        [FamilyRole.Father, FamilyRole.Mother],
        [FamilyRole.Mother, FamilyRole.FullSibling],
        [FamilyRole.FullSibling, FamilyRole.FullSibling],
        [FamilyRole.MaternalGrandmother, FamilyRole.MaternalGrandfather],
        [FamilyRole.Father, FamilyRole.PaternalHalfSibling, FamilyRole.MaternalGrandmother],
        [FamilyRole.Mother, FamilyRole.Child, FamilyRole.Child],
    ];

    public Dictionary<string, Genotype> Founder() =>
        markers.ToDictionary(m => m, m => new Genotype(Draw(m), Draw(m)), StringComparer.Ordinal);

    public Dictionary<string, Genotype> Child(IReadOnlyDictionary<string, Genotype> father, IReadOnlyDictionary<string, Genotype> mother) =>
        markers.ToDictionary(m => m, m => new Genotype(Transmit(m, father[m]), Transmit(m, mother[m])), StringComparer.Ordinal);

    /// <summary>A report of the given shape and the true missing child (with <paramref name="childSex"/>).</summary>
    public (List<ReferenceProfile> Donors, Dictionary<string, Genotype> MissingChild) Report(string id, FamilyRole[] shape, Sex childSex)
    {
        var mgf = Founder();
        var mgm = Founder();
        var pgf = Founder();
        var pgm = Founder();
        var father = Child(pgf, pgm);
        var mother = Child(mgf, mgm);
        var x = Child(father, mother);
        var partner = Founder();
        var donors = new List<ReferenceProfile>();
        var n = 0;
        foreach (var role in shape)
        {
            var loci = role switch
            {
                FamilyRole.Mother => mother,
                FamilyRole.Father => father,
                FamilyRole.FullSibling => Child(father, mother),
                FamilyRole.MaternalHalfSibling => Child(Founder(), mother),
                FamilyRole.PaternalHalfSibling => Child(father, Founder()),
                FamilyRole.MaternalGrandmother => mgm,
                FamilyRole.MaternalGrandfather => mgf,
                FamilyRole.PaternalGrandmother => pgm,
                FamilyRole.PaternalGrandfather => pgf,
                FamilyRole.Child => childSex == Sex.Male ? Child(x, partner) : Child(partner, x),
                _ => throw new ArgumentOutOfRangeException(nameof(shape)),
            };
            var sex = role.ImpliedSex() ?? (_random.Next(2) == 0 ? Sex.Male : Sex.Female);
            donors.Add(new ReferenceProfile($"{id}-S{++n}", id, role, sex, Thin(loci)));
        }

        return (donors, Thin(x));
    }

    public Dictionary<string, Genotype> Thin(IReadOnlyDictionary<string, Genotype> loci) =>
        loci.Where(_ => _random.NextDouble() >= missingChance).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);

    private AlleleLabel Transmit(string marker, Genotype parent)
    {
        var allele = _random.Next(2) == 0 ? parent.First : parent.Second;
        return _random.NextDouble() < mutationChance ? Draw(marker) : allele;
    }

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
