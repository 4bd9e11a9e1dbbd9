using Homeward.Kinship.Peeling;

namespace Homeward.Kinship.Relationships;

/// <summary>
/// One marker's exact pairwise likelihood ratio, H1 = <see cref="PairwiseRelationship"/> against
/// H2 = unrelated (θ = 0, with the marker's mutation matrices): the few n×n matrices of
/// <see cref="PairwiseModel"/>, evaluated directly (<see cref="LikelihoodRatio"/>) or expanded
/// once into a (G+1)×(G+1) table over genotype pairs (<see cref="WriteTable"/>), row = A's genotype
/// index, column = B's, index G = untyped. Immutable; the evaluation allocates nothing.
/// </summary>
internal sealed class PairwiseKinshipMarker
{
    private readonly int _n;
    private readonly int[] _first;
    private readonly int[] _second;
    private readonly double[] _hardyWeinberg;
    private readonly PairwiseTerm[] _terms;
    private readonly double[] _marginalFirst;
    private readonly double[] _marginalSecond;

    public PairwiseKinshipMarker(MarkerSystem system, PairwiseRelationship relationship)
    {
        ArgumentNullException.ThrowIfNull(system);
        var model = PairwiseModel.Build(system, relationship);
        _n = system.N;
        _first = system.Space.First;
        _second = system.Space.Second;
        _hardyWeinberg = system.HardyWeinberg();
        _terms = model.Terms;
        _marginalFirst = model.MarginalFirst;
        _marginalSecond = model.MarginalSecond;
        Relationship = relationship;
        GenotypeCount = system.Space.Count;
    }

    public PairwiseRelationship Relationship { get; }

    /// <summary>G, the number of genotypes; also the index that stands for "untyped".</summary>
    public int GenotypeCount { get; }

    /// <summary>The side of the square table: G + 1.</summary>
    public int TableStride => GenotypeCount + 1;

    /// <summary>P(A = gA, B = gB | H1), both typed.</summary>
    public double Joint(int genotypeA, int genotypeB)
    {
        int a1 = _first[genotypeA], a2 = _second[genotypeA], b1 = _first[genotypeB], b2 = _second[genotypeB];
        var n = _n;
        var sum = 0.0;
        foreach (var term in _terms)
        {
            var linked = term.Linked;
            var other = term.Other;
            var value = linked[(a1 * n) + b1] * other[(a2 * n) + b2];
            if (b1 != b2)
            {
                value += linked[(a1 * n) + b2] * other[(a2 * n) + b1];
            }

            if (a1 != a2)
            {
                value += linked[(a2 * n) + b1] * other[(a1 * n) + b2];
                if (b1 != b2)
                {
                    value += linked[(a2 * n) + b2] * other[(a1 * n) + b1];
                }
            }

            sum += value;
        }

        return sum;
    }

    /// <summary>
    /// The likelihood ratio at genotype indices gA and gB; an index ≥ G means untyped (the ratio
    /// is then the other person's H1 genotype probability over its population frequency, 1 when
    /// both are untyped).
    /// </summary>
    public double LikelihoodRatio(int genotypeA, int genotypeB)
    {
        var g = GenotypeCount;
        if (genotypeA >= g)
        {
            return genotypeB >= g ? 1 : _marginalSecond[genotypeB] / _hardyWeinberg[genotypeB];
        }

        if (genotypeB >= g)
        {
            return _marginalFirst[genotypeA] / _hardyWeinberg[genotypeA];
        }

        return Joint(genotypeA, genotypeB) / (_hardyWeinberg[genotypeA] * _hardyWeinberg[genotypeB]);
    }

    /// <summary>Writes the (G+1)×(G+1) table of <see cref="LikelihoodRatio"/>, row-major.</summary>
    public void WriteTable(Span<double> destination)
    {
        var stride = TableStride;
        if (destination.Length != stride * stride)
        {
            throw new ArgumentException($"The table needs {stride * stride} entries.", nameof(destination));
        }

        for (var a = 0; a < stride; a++)
        {
            var row = destination.Slice(a * stride, stride);
            for (var b = 0; b < stride; b++)
            {
                row[b] = LikelihoodRatio(a, b);
            }
        }
    }
}
