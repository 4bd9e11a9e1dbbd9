using Homeward.Kinship.Peeling;

namespace Homeward.Kinship.Relationships;

/// <summary>
/// One marker's trio formulas (θ = 0, with mutation): a father of genotype {a, b} transmits x with
/// <c>t_F(x) = ½(M_male[a][x] + M_male[b][x])</c>, a mother likewise through M_female, an untyped
/// parent (or a random man) with <c>S·q_sex(x)</c>, S = Σp, q = p·M; and
/// <c>P(C = {x, y} | F, M) = t_F(x) t_M(y) + t_F(y) t_M(x)</c> (x ≠ y) or <c>t_F(x) t_M(x)</c>.
/// Evaluated directly from the matrices here (the reference for the precomputed tables of
/// <see cref="TrioLikelihoodRatioTable"/>); genotype index ≥ G means untyped.
/// </summary>
internal sealed class TrioKinshipMarker
{
    private readonly int _n;
    private readonly GenotypeSpace _space;
    private readonly double[] _male;
    private readonly double[] _female;
    private readonly double[] _randomFather;
    private readonly double[] _randomMother;
    private readonly double[] _hardyWeinberg;

    public TrioKinshipMarker(MarkerSystem system)
    {
        ArgumentNullException.ThrowIfNull(system);
        _n = system.N;
        _space = system.Space;
        var male = new SexTransmission(system, Sex.Male);
        var female = new SexTransmission(system, Sex.Female);
        _male = male.Matrix;
        _female = female.Matrix;
        _randomFather = male.Untyped;
        _randomMother = female.Untyped;
        _hardyWeinberg = system.HardyWeinberg();
    }

    public int GenotypeCount => _space.Count;

    public int AlleleCount => _n;

    /// <summary>The father's transmission weight of allele x.</summary>
    public double FatherTransmits(int father, int x) => Transmits(_male, _randomFather, father, x);

    /// <summary>The mother's transmission weight of allele x.</summary>
    public double MotherTransmits(int mother, int x) => Transmits(_female, _randomMother, mother, x);

    /// <summary>P(C = c | F = f, M = m), f or m ≥ G meaning an untyped parent; c must be typed.</summary>
    public double ChildProbability(int child, int father, int mother)
    {
        var x = _space.First[child];
        var y = _space.Second[child];
        return x == y
            ? FatherTransmits(father, x) * MotherTransmits(mother, x)
            : (FatherTransmits(father, x) * MotherTransmits(mother, y)) + (FatherTransmits(father, y) * MotherTransmits(mother, x));
    }

    /// <summary>P(F, M, C | trio) / P(F, M, C | unrelated) = P(C | F, M) / P(C); 1 when C is untyped.</summary>
    public double LikelihoodRatio(int child, int father, int mother) =>
        child >= GenotypeCount ? 1 : ChildProbability(child, father, mother) / _hardyWeinberg[child];

    /// <summary>P(C | F, M) / P(C | random man, M): the trio paternity index; 1 when C is untyped.</summary>
    public double PaternityIndex(int child, int father, int mother) =>
        child >= GenotypeCount ? 1 : ChildProbability(child, father, mother) / ChildProbability(child, GenotypeCount, mother);

    /// <summary>The population frequency of genotype g.</summary>
    public double HardyWeinberg(int genotype) => _hardyWeinberg[genotype];

    private double Transmits(double[] matrix, double[] untyped, int parent, int x)
    {
        if (parent >= GenotypeCount)
        {
            return untyped[x];
        }

        var n = _n;
        return 0.5 * (matrix[(_space.First[parent] * n) + x] + matrix[(_space.Second[parent] * n) + x]);
    }
}
