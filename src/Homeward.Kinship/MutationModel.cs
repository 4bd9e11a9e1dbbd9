using System.Globalization;

namespace Homeward.Kinship;

/// <summary>
/// A mutation model: how a parent's allele may change in one meiosis. Each model builds a matrix
/// <c>M[i][j] = P(parent allele i is transmitted as j)</c> over a marker's allele list, defined
/// exactly as in pedmut (Vigeland) and Familias (Egeland et al.):
/// <list type="bullet">
/// <item>equal: <c>M[i][i] = 1 − r</c>, <c>M[i][j] = r / (n − 1)</c>;</item>
/// <item>proportional: <c>a = r / Σ p_k(1 − p_k)</c>, <c>M = (1 − a)I + a·1pᵀ</c>;</item>
/// <item>stepwise (r, r2, range): within a microvariant group, weight <c>range^|i − j|</c> scaled to r;
/// to other groups r2 spread evenly; diagonal <c>1 − r − r2</c>, or <c>1 − r</c> when every allele is
/// in one group, or <c>1 − r2</c> when the allele is alone in its group;</item>
/// <item>onestep: only to alleles one repeat up or down, r split evenly between them; diagonal
/// <c>1 − r</c>, or 1 with no neighbour.</item>
/// </list>
/// </summary>
public abstract class MutationModel
{
    private protected MutationModel()
    {
    }

    /// <summary>No mutation: the identity matrix.</summary>
    public static MutationModel None { get; } = new NoMutation();

    /// <summary>The model's name as in the case format.</summary>
    public abstract string Name { get; }

    /// <summary>Whether the model is the identity.</summary>
    public virtual bool IsNone => false;

    /// <summary>All mutations equally likely.</summary>
    public static Result<MutationModel> Equal(double rate) =>
        CheckRate(rate, "rate") is { } e ? Result<MutationModel>.Failure("mutation", e) : new EqualMutation(rate);

    /// <summary>Mutation to allele j proportional to its frequency.</summary>
    public static Result<MutationModel> Proportional(double rate) =>
        CheckRate(rate, "rate") is { } e ? Result<MutationModel>.Failure("mutation", e) : new ProportionalMutation(rate);

    /// <summary>The stepwise model with integer/microvariant groups.</summary>
    public static Result<MutationModel> Stepwise(double rate, double rate2, double range)
    {
        var errors = new List<InputError>();
        if (CheckRate(rate, "rate") is { } e1)
        {
            errors.Add(new InputError("mutation", e1));
        }

        if (CheckRate(rate2, "rate2") is { } e2)
        {
            errors.Add(new InputError("mutation", e2));
        }

        if (errors.Count == 0 && rate + rate2 > 1)
        {
            errors.Add(new InputError("mutation", $"rate + rate2 = {Format(rate + rate2)} must be at most 1"));
        }

        if (!double.IsFinite(range) || range <= 0)
        {
            errors.Add(new InputError("mutation", $"range {Format(range)} must be a positive number"));
        }

        return errors.Count > 0 ? Result<MutationModel>.Failure(errors) : new StepwiseMutation(rate, rate2, range);
    }

    /// <summary>Mutations only to the neighbouring repeat counts.</summary>
    public static Result<MutationModel> OneStep(double rate) =>
        CheckRate(rate, "rate") is { } e ? Result<MutationModel>.Failure("mutation", e) : new OneStepMutation(rate);

    /// <summary>
    /// Builds the row-major n×n matrix over the given alleles and frequencies, or null for the
    /// identity. Fails (with a message naming nothing but the problem) when the model cannot be
    /// applied, e.g. a proportional rate too high for the frequencies.
    /// </summary>
    internal abstract Result<double[]?> BuildMatrix(IReadOnlyList<AlleleLabel> alleles, IReadOnlyList<double> frequencies);

    private static string? CheckRate(double rate, string name) =>
        double.IsFinite(rate) && rate is >= 0 and <= 1 ? null : $"{name} {Format(rate)} must be a number in [0, 1]";

    private protected static string Format(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    private sealed class NoMutation : MutationModel
    {
        public override string Name => "none";

        public override bool IsNone => true;

        internal override Result<double[]?> BuildMatrix(IReadOnlyList<AlleleLabel> alleles, IReadOnlyList<double> frequencies) =>
            Result<double[]?>.Success(null);
    }

    private sealed class EqualMutation(double rate) : MutationModel
    {
        public override string Name => "equal";

        internal override Result<double[]?> BuildMatrix(IReadOnlyList<AlleleLabel> alleles, IReadOnlyList<double> frequencies)
        {
            var n = alleles.Count;
            if (n < 2 || rate == 0)
            {
                return Result<double[]?>.Success(null);
            }

            var m = new double[n * n];
            var off = rate / (n - 1);
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    m[(i * n) + j] = i == j ? 1 - rate : off;
                }
            }

            return m;
        }
    }

    private sealed class ProportionalMutation(double rate) : MutationModel
    {
        public override string Name => "proportional";

        internal override Result<double[]?> BuildMatrix(IReadOnlyList<AlleleLabel> alleles, IReadOnlyList<double> frequencies)
        {
            var n = alleles.Count;
            if (n < 2 || rate == 0)
            {
                return Result<double[]?>.Success(null);
            }

            var heterozygosity = 0.0;
            foreach (var p in frequencies)
            {
                heterozygosity += p * (1 - p);
            }

            var alpha = rate / heterozygosity;
            var m = new double[n * n];
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    var value = (alpha * frequencies[j]) + (i == j ? 1 - alpha : 0);
                    if (value > 1 || value < 0)
                    {
                        return Result<double[]?>.Failure("mutation", $"the proportional model with rate {Format(rate)} gives probabilities outside [0, 1] for these frequencies; reduce the rate");
                    }

                    m[(i * n) + j] = value;
                }
            }

            return m;
        }
    }

    private sealed class StepwiseMutation(double rate, double rate2, double range) : MutationModel
    {
        public override string Name => "stepwise";

        internal override Result<double[]?> BuildMatrix(IReadOnlyList<AlleleLabel> alleles, IReadOnlyList<double> frequencies)
        {
            var n = alleles.Count;
            if (n < 2 || (rate == 0 && rate2 == 0))
            {
                return Result<double[]?>.Success(null);
            }

            // Off-ladder (non-numeric) alleles are each a group of their own.
            var group = new int[n];
            for (var i = 0; i < n; i++)
            {
                group[i] = alleles[i].IsNumeric ? alleles[i].MicrovariantGroup : 100 + i;
            }

            var m = new double[n * n];
            for (var i = 0; i < n; i++)
            {
                var sameGroup = 0;
                for (var j = 0; j < n; j++)
                {
                    sameGroup += group[j] == group[i] ? 1 : 0;
                }

                var row = m.AsSpan(i * n, n);
                var weightSum = 0.0;
                for (var j = 0; j < n; j++)
                {
                    if (j == i)
                    {
                        continue;
                    }

                    if (group[j] == group[i])
                    {
                        var steps = Math.Abs(alleles[i].Tenths - alleles[j].Tenths) / 10.0;
                        row[j] = Math.Pow(range, steps);
                        weightSum += row[j];
                    }
                    else
                    {
                        row[j] = rate2 / (n - sameGroup);
                    }
                }

                for (var j = 0; j < n; j++)
                {
                    if (j != i && group[j] == group[i])
                    {
                        row[j] = row[j] / weightSum * rate;
                    }
                }

                row[i] = sameGroup == n ? 1 - rate : sameGroup == 1 ? 1 - rate2 : 1 - rate - rate2;
            }

            return m;
        }
    }

    private sealed class OneStepMutation(double rate) : MutationModel
    {
        public override string Name => "onestep";

        internal override Result<double[]?> BuildMatrix(IReadOnlyList<AlleleLabel> alleles, IReadOnlyList<double> frequencies)
        {
            var n = alleles.Count;
            if (n < 2 || rate == 0)
            {
                return Result<double[]?>.Success(null);
            }

            var m = new double[n * n];
            for (var i = 0; i < n; i++)
            {
                var neighbours = new List<int>(2);
                for (var j = 0; j < n; j++)
                {
                    if (j != i && alleles[i].IsNumeric && alleles[j].IsNumeric
                        && Math.Abs(alleles[i].Tenths - alleles[j].Tenths) == 10)
                    {
                        neighbours.Add(j);
                    }
                }

                foreach (var j in neighbours)
                {
                    m[(i * n) + j] = rate / neighbours.Count;
                }

                m[(i * n) + i] = neighbours.Count == 0 ? 1 : 1 - rate;
            }

            return m;
        }
    }
}
