using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Homeward.Kinship.Tests.Naive;

namespace Homeward.Kinship.Tests.Properties;

/// <summary>
/// Random <see cref="Scenario"/>s: alleles drawn from a ladder with microvariants (several
/// microvariant groups, neighbours one repeat apart), frequencies at least 0.02 summing to 1, a
/// random loop-free H1, a random non-empty typed subset, genotypes either uniform or dropped
/// through H1 (so that H1 is often consistent), an H2 that is the typed persons unrelated, all of
/// H1's persons unrelated, or another random pedigree over the typed persons; random male and
/// female mutation models with rates up to 0.3, and θ = 0 or up to 0.3.
/// </summary>
internal static class ScenarioGenerator
{
    /// <summary>The allele labels scenarios draw from: integers and three microvariant groups.</summary>
    public static IReadOnlyList<string> Ladder { get; } = ["8", "9", "10", "11", "12", "9.3", "10.3", "11.3", "10.2"];

    public static Gen<MutationSpec> Mutation { get; } =
        from kind in Gen.Frequency(
        [
            (3, Gen.Constant(MutationKind.None)),
            (2, Gen.Constant(MutationKind.Equal)),
            (2, Gen.Constant(MutationKind.Proportional)),
            (2, Gen.Constant(MutationKind.Stepwise)),
            (2, Gen.Constant(MutationKind.OneStep)),
        ])
        from rate in Gen.Choose(1, 300)
        from rate2 in Gen.Choose(0, 100)
        from range in Gen.Choose(1, 9)
        select kind switch
        {
            MutationKind.None => MutationSpec.None,
            MutationKind.Stepwise => new MutationSpec(kind, rate / 1000.0, rate2 / 1000.0, range / 10.0),
            _ => new MutationSpec(kind, rate / 1000.0),
        };

    public static Gen<double> Theta { get; } = Gen.Frequency(
    [
        (1, Gen.Constant(0.0)),
        (1, Gen.Choose(1, 300).Select(t => t / 1000.0)),
    ]);

    /// <summary>n distinct ladder alleles in random (table) order.</summary>
    public static Gen<ImmutableArray<AlleleLabel>> Alleles(int n) =>
        Gen.Shuffle(Ladder.ToArray()).Select(l => l.Take(n).Select(AlleleLabel.Parse).ToImmutableArray());

    /// <summary>n frequencies, each at least 0.02, summing to 1 (Dirichlet-like from integer weights).</summary>
    public static Gen<ImmutableArray<double>> Frequencies(int n) =>
        Gen.ArrayOf(Gen.Choose(1, 100), n).Select(w =>
        {
            var total = (double)w.Sum();
            return w.Select(x => 0.02 + ((1 - (0.02 * n)) * x / total)).ToImmutableArray();
        });

    public static Gen<Scenario> Create(ScenarioShape shape) =>
        from n in Gen.Choose(shape.MinAlleles, shape.MaxAlleles)
        from alleles in Alleles(n)
        from frequencies in Frequencies(n)
        from unseen in Gen.Choose(Math.Min(shape.MinUnseen, n - 1), Math.Min(shape.MaxUnseen, n - 1))
        from seen in Gen.Shuffle(Enumerable.Range(0, n)).Select(s => s.Take(n - unseen).ToArray())
        from count in Gen.Choose(2, shape.MaxPersons)
        from sexes in Gen.ArrayOf(PedigreeGenerator.AnySex, count)
        from grown in PedigreeGenerator.Grow([.. sexes.Select((s, i) => ($"P{i + 1}", s))])
        from typedCount in Gen.Choose(Math.Max(1, count - shape.MaxUntyped(n)), count)
        from order in Gen.Shuffle(grown.Select(p => p.Id))
        let typed = order.Take(typedCount).ToHashSet(StringComparer.Ordinal)
        from genotypes in Genotypes(grown, typed, alleles, seen)
        from h1 in Declared(grown)
        from h2 in H2(grown, typed, shape.MaxUntyped(n)).SelectMany(Declared)
        from male in Mutation
        from female in Gen.Frequency([(1, Gen.Constant(male)), (2, Mutation)])
        from theta in Theta
        select new Scenario(alleles, frequencies, h1, h2, genotypes, male, female, theta);

    /// <summary>
    /// The persons in the order they are declared: parents first (as grown) or shuffled, so that
    /// the peeling may start anywhere in the pedigree.
    /// </summary>
    private static Gen<ImmutableArray<PersonSpec>> Declared(ImmutableArray<PersonSpec> grown) =>
        Gen.Frequency<ImmutableArray<PersonSpec>>(
        [
            (1, Gen.Constant(grown)),
            (2, Gen.Shuffle(grown.ToArray()).Select(p => p.ToImmutableArray())),
        ]);

    /// <summary>
    /// Genotypes of the typed persons over the <paramref name="seen"/> alleles: half the time
    /// uniform, half the time dropped down H1 (founders uniform, each child one allele of each
    /// parent, now and then replaced by a random allele as a "mutation").
    /// </summary>
    private static Gen<ImmutableDictionary<string, Genotype>> Genotypes(
        ImmutableArray<PersonSpec> h1, HashSet<string> typed, ImmutableArray<AlleleLabel> alleles, int[] seen) =>
        from dropped in Gen.Elements([false, true])
        from dice in Gen.ArrayOf(Gen.Choose(0, 9_999), h1.Length * 4)
        select Assign(h1, typed, alleles, seen, dropped, dice);

    private static ImmutableDictionary<string, Genotype> Assign(
        ImmutableArray<PersonSpec> h1, HashSet<string> typed, ImmutableArray<AlleleLabel> alleles, int[] seen, bool dropped, int[] dice)
    {
        var pair = new Dictionary<string, (int A, int B)>(StringComparer.Ordinal);
        int Uniform(int die) => seen[die % seen.Length];
        for (var i = 0; i < h1.Length; i++)
        {
            var p = h1[i];
            if (!dropped || p.Father is null)
            {
                pair[p.Id] = (Uniform(dice[i * 4]), Uniform(dice[(i * 4) + 1]));
                continue;
            }

            pair[p.Id] = (Inherit(pair[p.Father], dice[(i * 4) + 2]), Inherit(pair[p.Mother!], dice[(i * 4) + 3]));
        }

        int Inherit((int A, int B) parent, int die) => die % 10 == 0 ? Uniform(die / 10) : die % 2 == 0 ? parent.A : parent.B;

        return typed.ToImmutableDictionary(
            id => id,
            id => new Genotype(alleles[pair[id].A], alleles[pair[id].B]),
            StringComparer.Ordinal);
    }

    private static Gen<ImmutableArray<PersonSpec>> H2(ImmutableArray<PersonSpec> h1, HashSet<string> typed, int maxUntyped)
    {
        var typedPersons = h1.Where(p => typed.Contains(p.Id)).Select(p => (p.Id, p.Sex)).ToList();
        var unrelatedTyped = Gen.Constant(typedPersons.Select(p => new PersonSpec(p.Id, p.Sex)).ToImmutableArray());
        var unrelatedAll = Gen.Constant(h1.Select(p => new PersonSpec(p.Id, p.Sex)).ToImmutableArray());
        var random =
            from extra in Gen.Choose(0, Math.Min(2, maxUntyped))
            from extraSexes in Gen.ArrayOf(PedigreeGenerator.AnySex, extra)
            from order in Gen.Shuffle(typedPersons.Concat(extraSexes.Select((s, i) => ($"X{i + 1}", s))))
            from pedigree in PedigreeGenerator.Grow(order)
            select pedigree;
        return Gen.Frequency([(2, unrelatedTyped), (1, unrelatedAll), (3, random)]);
    }
}
