using Homeward.Kinship.Peeling;

namespace Homeward.Kinship.Relationships;

/// <summary>
/// What the meioses of one sex do at one marker, and what an untyped founder of that sex passes
/// on. Frequencies are used as given (a table may sum to 1 ± 0.001, as in the general engine), so
/// no identity that needs Σp = 1 or stochastic rows is assumed: with S = Σ p,
/// <list type="bullet">
/// <item><c>q = p·M</c>, <c>ρ = M·1</c> (row sums), <c>Q = Σ q</c>;</item>
/// <item>an untyped founder transmits allele x to one child with weight <c>S·q(x)</c>
/// (<see cref="Untyped"/>);</item>
/// <item>and alleles x and u to two children with weight
/// <c>Pair(x, u) = ½ S (Mᵀ diag(p) M)(x, u) + ½ q(x) q(u)</c> (<see cref="Pair"/>), the average of
/// <c>t_F(x)·t_F(u)</c> over the founder's Hardy–Weinberg genotype F, where
/// <c>t_{a,b} = ½(M[a] + M[b])</c>.</item>
/// </list>
/// </summary>
internal sealed class SexTransmission
{
    public SexTransmission(MarkerSystem system, Sex sex)
    {
        var n = system.N;
        var p = system.Frequencies;
        var s = SquareMatrix.Sum(p);
        var matrix = (sex == Sex.Male ? system.Male : system.Female) ?? SquareMatrix.Identity(n);
        Matrix = matrix;
        Q = SquareMatrix.LeftMultiply(p, matrix, n);
        RowSum = SquareMatrix.RowSums(matrix, n);
        QTotal = SquareMatrix.Sum(Q);
        Untyped = SquareMatrix.Scale(s, Q);
        var spread = SquareMatrix.TransposeMultiply(matrix, SquareMatrix.ScaleRows(p, matrix, n), n);
        Pair = SquareMatrix.Combine(0.5 * s, spread, 1, SquareMatrix.Outer(Q, Q, 0.5));
    }

    /// <summary>The mutation matrix M (the identity without mutation).</summary>
    public double[] Matrix { get; }

    /// <summary>q = p·M.</summary>
    public double[] Q { get; }

    /// <summary>ρ = M·1.</summary>
    public double[] RowSum { get; }

    /// <summary>Σ q.</summary>
    public double QTotal { get; }

    /// <summary>S·q: what an untyped founder transmits to one child.</summary>
    public double[] Untyped { get; }

    /// <summary>The joint transmission of an untyped founder to two children (symmetric n×n).</summary>
    public double[] Pair { get; }

    public static Sex Opposite(Sex sex) => sex == Sex.Male ? Sex.Female : Sex.Male;
}
