namespace Homeward.Kinship.Tests.Naive;

/// <summary>
/// P(typed genotypes | pedigree) at one marker by the slow exact definition, written from first
/// principles and sharing no code with the engine beyond its public input types.
/// <para>
/// Every person gets every ORDERED genotype (paternal allele, maternal allele); a typed person only
/// the orderings of its genotype (two, or one if homozygous). For each assignment the product is
/// <list type="bullet">
/// <item>the founders' alleles, drawn in person order, paternal then maternal: with θ = 0 each allele
/// a has probability p_a; with θ &gt; 0 the k-th allele drawn (k = 1, 2, …) is a with probability
/// (b·θ + (1 − θ)·p_a) / (1 + (k − 2)·θ), b counting the earlier draws of a (the Pólya urn of
/// Balding–Nichols, over all founders of the pedigree jointly);</item>
/// <item>each non-founder's paternal allele x given the father's ordered genotype (f1, f2):
/// ½·M_male[f1, x] + ½·M_male[f2, x]; the maternal allele likewise with M_female.</item>
/// </list>
/// The likelihood is the sum of the products over all assignments. The cost is
/// n^(2·untyped) · 2^(typed) assignments, so keep it to about six or seven persons and four alleles.
/// </para>
/// </summary>
internal static class NaivePedigreeLikelihood
{
    /// <summary>The most assignments this reference will enumerate before refusing.</summary>
    public const long MaxAssignments = 2_000_000;

    public static double Compute(
        IReadOnlyList<PersonSpec> persons,
        IReadOnlyDictionary<string, Genotype> genotypes,
        IReadOnlyList<AlleleLabel> alleles,
        IReadOnlyList<double> frequencies,
        double[,] male,
        double[,] female,
        double theta)
    {
        var n = alleles.Count;
        var count = persons.Count;
        var father = new int[count];
        var mother = new int[count];
        for (var i = 0; i < count; i++)
        {
            father[i] = IndexOfPerson(persons, persons[i].Father);
            mother[i] = IndexOfPerson(persons, persons[i].Mother);
        }

        var options = new List<(int Paternal, int Maternal)>[count];
        var assignments = 1L;
        for (var i = 0; i < count; i++)
        {
            options[i] = [];
            if (genotypes.TryGetValue(persons[i].Id, out var genotype))
            {
                var a = IndexOfAllele(alleles, genotype.First);
                var b = IndexOfAllele(alleles, genotype.Second);
                options[i].Add((a, b));
                if (a != b)
                {
                    options[i].Add((b, a));
                }
            }
            else
            {
                for (var x = 0; x < n; x++)
                {
                    for (var y = 0; y < n; y++)
                    {
                        options[i].Add((x, y));
                    }
                }
            }

            assignments *= options[i].Count;
        }

        if (assignments > MaxAssignments)
        {
            throw new InvalidOperationException($"the naive reference would enumerate {assignments} assignments (limit {MaxAssignments}); make the case smaller");
        }

        var assignment = new (int Paternal, int Maternal)[count];
        var drawnBefore = new int[n];
        return SumFrom(0);

        double SumFrom(int person)
        {
            if (person == count)
            {
                return Product();
            }

            var sum = 0.0;
            foreach (var option in options[person])
            {
                assignment[person] = option;
                sum += SumFrom(person + 1);
            }

            return sum;
        }

        double Product()
        {
            var product = 1.0;
            Array.Clear(drawnBefore);
            var k = 0;

            // The founders' alleles, in person order, paternal then maternal.
            double Draw(int allele)
            {
                k++;
                var probability = theta == 0
                    ? frequencies[allele]
                    : ((drawnBefore[allele] * theta) + ((1 - theta) * frequencies[allele])) / (1 + ((k - 2) * theta));
                drawnBefore[allele]++;
                return probability;
            }

            for (var i = 0; i < count; i++)
            {
                if (father[i] < 0)
                {
                    product *= Draw(assignment[i].Paternal);
                    product *= Draw(assignment[i].Maternal);
                }
            }

            // Each non-founder's alleles given its parents' ordered genotypes.
            for (var i = 0; i < count; i++)
            {
                if (father[i] < 0)
                {
                    continue;
                }

                var (f1, f2) = assignment[father[i]];
                var (m1, m2) = assignment[mother[i]];
                var (x, y) = assignment[i];
                product *= (0.5 * male[f1, x]) + (0.5 * male[f2, x]);
                product *= (0.5 * female[m1, y]) + (0.5 * female[m2, y]);
            }

            return product;
        }
    }

    private static int IndexOfPerson(IReadOnlyList<PersonSpec> persons, string? id)
    {
        if (id is null)
        {
            return -1;
        }

        for (var i = 0; i < persons.Count; i++)
        {
            if (string.Equals(persons[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"parent '{id}' is not in the pedigree", nameof(persons));
    }

    private static int IndexOfAllele(IReadOnlyList<AlleleLabel> alleles, AlleleLabel allele)
    {
        for (var i = 0; i < alleles.Count; i++)
        {
            if (alleles[i] == allele)
            {
                return i;
            }
        }

        throw new ArgumentException($"allele {allele} is not in the allele list", nameof(alleles));
    }
}
