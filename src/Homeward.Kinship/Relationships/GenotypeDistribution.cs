using Homeward.Kinship.Peeling;

namespace Homeward.Kinship.Relationships;

/// <summary>Genotype weights of one person from the weights of the alleles each parent transmits.</summary>
internal static class GenotypeDistribution
{
    /// <summary>
    /// <c>P({x, y}) = t1(x)·t2(y) + t1(y)·t2(x)</c> for x ≠ y, and <c>t1(x)·t2(x)</c> for x = y.
    /// </summary>
    public static double[] FromTransmissions(GenotypeSpace space, double[] t1, double[] t2)
    {
        var result = new double[space.Count];
        for (var g = 0; g < result.Length; g++)
        {
            var x = space.First[g];
            var y = space.Second[g];
            result[g] = x == y ? t1[x] * t2[x] : (t1[x] * t2[y]) + (t1[y] * t2[x]);
        }

        return result;
    }

    /// <summary>A child of two untyped founders.</summary>
    public static double[] ChildOfUntypedFounders(GenotypeSpace space, SexTransmission male, SexTransmission female) =>
        FromTransmissions(space, male.Untyped, female.Untyped);

    /// <summary>
    /// A grandchild of untyped founders through an untyped parent of sex <paramref name="parentSex"/>
    /// (the parent's parents untyped founders, the other parent an untyped founder). The parent
    /// transmits z with weight <c>½ S² [Q_f·(q_m M)(z) + Q_m·(q_f M)(z)]</c>.
    /// </summary>
    public static double[] GrandchildOfUntypedFounders(
        MarkerSystem system, SexTransmission male, SexTransmission female, Sex parentSex)
    {
        var n = system.N;
        var s = SquareMatrix.Sum(system.Frequencies);
        var parent = parentSex == Sex.Male ? male : female;
        var spouse = parentSex == Sex.Male ? female : male;
        var fromFather = SquareMatrix.LeftMultiply(male.Q, parent.Matrix, n);
        var fromMother = SquareMatrix.LeftMultiply(female.Q, parent.Matrix, n);
        var t = SquareMatrix.Combine(0.5 * s * s * female.QTotal, fromFather, 0.5 * s * s * male.QTotal, fromMother);
        return FromTransmissions(system.Space, t, spouse.Untyped);
    }
}
