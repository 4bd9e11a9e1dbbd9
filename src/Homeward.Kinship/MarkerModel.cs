using Homeward.Kinship.Peeling;

namespace Homeward.Kinship;

/// <summary>
/// One marker ready for computation: its alleles and frequencies with the male and female
/// mutation matrices built. Genotypes are addressed by index: <c>{a ≤ b} → b(b+1)/2 + a</c> over
/// allele indices in <see cref="Frequencies"/> order.
/// </summary>
public sealed class MarkerModel
{
    private MarkerModel(MarkerFrequencies frequencies, MarkerSystem system)
    {
        Frequencies = frequencies;
        System = system;
    }

    /// <summary>The marker's alleles and frequencies.</summary>
    public MarkerFrequencies Frequencies { get; }

    /// <summary>The number of alleles n.</summary>
    public int AlleleCount => System.N;

    /// <summary>The number of unordered genotypes, n(n+1)/2.</summary>
    public int GenotypeCount => System.Space.Count;

    /// <summary>Whether any mutation model applies.</summary>
    public bool HasMutation => System.HasMutation;

    internal MarkerSystem System { get; }

    /// <summary>Builds the model; fails when a mutation model cannot apply to these frequencies.</summary>
    public static Result<MarkerModel> Create(MarkerFrequencies frequencies, SexSpecificMutation mutation)
    {
        ArgumentNullException.ThrowIfNull(frequencies);
        ArgumentNullException.ThrowIfNull(mutation);
        var male = mutation.Male.BuildMatrix(frequencies.Alleles, frequencies.Frequencies);
        var female = mutation.Female.BuildMatrix(frequencies.Alleles, frequencies.Frequencies);
        if (!male.IsSuccess)
        {
            return Result<MarkerModel>.Failure(male.Errors.Select(e => e with { Place = $"mutation at marker {frequencies.Name}" }).ToList());
        }

        if (!female.IsSuccess)
        {
            return Result<MarkerModel>.Failure(female.Errors.Select(e => e with { Place = $"mutation at marker {frequencies.Name}" }).ToList());
        }

        return new MarkerModel(frequencies, new MarkerSystem([.. frequencies.Frequencies], male.Value, female.Value));
    }

    /// <summary>The index of genotype {a, b} (allele indices, any order).</summary>
    public static int GenotypeIndex(int a, int b) => GenotypeSpace.Index(a, b);

    /// <summary>The genotype index of a genotype, or -1 when an allele is not in the table.</summary>
    public int GenotypeIndex(Genotype genotype)
    {
        var a = Frequencies.IndexOf(genotype.First);
        var b = Frequencies.IndexOf(genotype.Second);
        return a < 0 || b < 0 ? -1 : GenotypeSpace.Index(a, b);
    }

    /// <summary>The two allele indices of a genotype index, smaller first.</summary>
    public (int First, int Second) Alleles(int genotypeIndex) =>
        (System.Space.First[genotypeIndex], System.Space.Second[genotypeIndex]);

    /// <summary>The Hardy–Weinberg probability of a genotype: p_a² or 2 p_a p_b.</summary>
    public double HardyWeinberg(int genotypeIndex)
    {
        var (a, b) = Alleles(genotypeIndex);
        var p = System.Frequencies;
        return a == b ? p[a] * p[a] : 2 * p[a] * p[b];
    }

    /// <summary>P(a parent of this sex and genotype transmits allele x): ½(M[a][x] + M[b][x]).</summary>
    public double Transmission(Sex parentSex, int parentGenotype, int allele)
    {
        var (a, b) = Alleles(parentGenotype);
        var m = Matrix(parentSex);
        if (m is null)
        {
            return 0.5 * ((a == allele ? 1 : 0) + (b == allele ? 1 : 0));
        }

        var n = System.N;
        return 0.5 * (m[(a * n) + allele] + m[(b * n) + allele]);
    }

    /// <summary>P(an untyped founder of this sex transmits allele x) = (p·M)_x.</summary>
    public double FounderTransmission(Sex parentSex, int allele)
    {
        var m = Matrix(parentSex);
        var p = System.Frequencies;
        if (m is null)
        {
            return p[allele];
        }

        var n = System.N;
        var sum = 0.0;
        for (var a = 0; a < n; a++)
        {
            sum += p[a] * m[(a * n) + allele];
        }

        return sum;
    }

    private double[]? Matrix(Sex sex) => sex switch
    {
        Sex.Male => System.Male,
        Sex.Female => System.Female,
        _ => throw new ArgumentOutOfRangeException(nameof(sex), sex, "a parent must be male or female"),
    };
}
