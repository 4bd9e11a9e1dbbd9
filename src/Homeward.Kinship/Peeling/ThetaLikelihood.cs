namespace Homeward.Kinship.Peeling;

/// <summary>
/// The pedigree likelihood with the Balding–Nichols subpopulation correction θ (NRC II 4.10):
/// all founder alleles of the pedigree are drawn jointly from a Pólya urn, the k-th allele a with
/// probability <c>(n_a θ + (1 − θ) p_a) / (1 + (k − 1) θ)</c> where n_a counts earlier draws of a.
/// This is what pedprobr's <c>likelihood(theta = …)</c> computes; here exchangeability is used to
/// draw only the alleles that matter: two for a typed founder, two for an untyped founder with two
/// or more informative children, one (the transmitted one) for an untyped founder with a single
/// informative child, none for the rest. The untyped draws are enumerated, each combination peeled
/// with the founders fixed.
/// </summary>
internal static class ThetaLikelihood
{
    /// <summary>The most combinations of untyped founder alleles enumerated for one marker.</summary>
    public const long MaxEvaluations = 4_000_000;

    public static Result<double> Compute(PedigreeTopology topology, MarkerSystem system, int[] typed, double theta)
    {
        var peeler = new Peeler(topology, system, typed);
        var n = system.N;
        var p = system.Frequencies;
        var space = system.Space;
        var counts = new int[n];
        var drawn = 0;
        var weight = 1.0;
        var clamp = new int[topology.Count];
        Array.Fill(clamp, -1);
        var slots = new List<(int Founder, int Slots)>();

        double Draw(int allele)
        {
            var probability = ((counts[allele] * theta) + ((1 - theta) * p[allele])) / (1 + ((drawn - 1) * theta));
            counts[allele]++;
            drawn++;
            return probability;
        }

        void Undraw(int allele)
        {
            counts[allele]--;
            drawn--;
        }

        for (var person = 0; person < topology.Count; person++)
        {
            if (!topology.IsFounder(person))
            {
                continue;
            }

            var g = typed[person];
            if (g >= 0)
            {
                int a = space.First[g], b = space.Second[g];
                weight *= Draw(a) * Draw(b) * (a == b ? 1 : 2);
                clamp[person] = g;
            }
            else
            {
                var informative = peeler.InformativeChildCount(person);
                if (informative > 0)
                {
                    slots.Add((person, Math.Min(informative, 2)));
                }
            }
        }

        var draws = slots.Sum(s => s.Slots);
        if (Math.Pow(n, draws) > MaxEvaluations)
        {
            return Result<double>.Failure(
                "theta",
                $"θ > 0 with {draws} alleles of untyped founders over {n} alleles needs {n}^{draws} evaluations (limit {MaxEvaluations:N0}); type more founders, use fewer alleles (no mutation model lets unobserved alleles be lumped) or θ = 0");
        }

        var values = new int[draws];
        var sum = Enumerate(0, 1.0);
        return weight * sum;

        double Enumerate(int depth, double prefix)
        {
            if (depth == draws)
            {
                var k = 0;
                foreach (var (founder, count) in slots)
                {
                    clamp[founder] = count == 1
                        ? GenotypeSpace.Index(values[k], values[k])
                        : GenotypeSpace.Index(values[k], values[k + 1]);
                    k += count;
                }

                return prefix * peeler.Likelihood(clamp);
            }

            var total = 0.0;
            for (var allele = 0; allele < n; allele++)
            {
                var probability = Draw(allele);
                values[depth] = allele;
                total += Enumerate(depth + 1, prefix * probability);
                Undraw(allele);
            }

            return total;
        }
    }
}
