using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Homeward.Kinship.Relationships;

namespace Homeward.Kinship.Tests.Relationships;

/// <summary>FsCheck generators of <see cref="KinshipScenario"/>s, with and without mutation.</summary>
public static class KinshipArbitraries
{
    public static Arbitrary<KinshipScenario> Scenario() => Arb.From(Scenarios(withMutation: true));

    /// <summary>Scenarios whose mutation models apply (a high proportional rate can give probabilities outside [0, 1]).</summary>
    public static Gen<KinshipScenario> Scenarios(bool withMutation) =>
        Unchecked(withMutation).Where(s => MarkerPanel.Create(s.Table(), [KinshipScenario.MarkerName], s.Mutation()).IsSuccess);

    private static Gen<KinshipScenario> Unchecked(bool withMutation) =>
        from n in Gen.Choose(3, 8)
        from start in Gen.Choose(6, 20)
        from alleles in Gen.Shuffle(Candidates(start)).Select(c => c.Take(n).OrderBy(a => a.Tenths).Select(a => a.Text).ToArray())
        from weights in Gen.ArrayOf(Gen.Choose(1, 100), n)
        from scale in withMutation ? Gen.Elements(1.0, 0.9992, 1.0008) : Gen.Constant(1.0)
        from male in withMutation ? Mutations() : Gen.Constant(MutationSpec.None)
        from female in withMutation ? Gen.OneOf(Gen.Constant(male), Mutations()) : Gen.Constant(MutationSpec.None)
        from a in Alleles(n)
        from b in Alleles(n)
        from c in Alleles(n)
        select new KinshipScenario(alleles, Normalise(weights, scale), male, female, a, b, c);

    private static Gen<(int, int)> Alleles(int n) =>
        from x in Gen.Choose(0, n - 1)
        from y in Gen.Choose(0, n - 1)
        select (x, y);

    private static Gen<MutationSpec> Mutations() =>
        from model in Gen.Elements("none", "equal", "proportional", "stepwise", "onestep")
        from rate in Gen.Choose(1, 2000).Select(r => r / 10_000.0)
        from rate2 in Gen.Choose(0, 500).Select(r => r / 10_000.0)
        from range in Gen.Choose(1, 9).Select(r => r / 10.0)
        select new MutationSpec(model, rate, rate2, range);

    /// <summary>Twelve integer repeat counts from <paramref name="start"/>, four .3 and two .2 microvariants among them.</summary>
    private static AlleleLabel[] Candidates(int start) =>
        [
            .. Enumerable.Range(start, 12).Select(k => Label(k, 0)),
            .. Enumerable.Range(start, 4).Select(k => Label(k, 3)),
            .. Enumerable.Range(start + 4, 2).Select(k => Label(k, 2)),
        ];

    private static AlleleLabel Label(int repeats, int tenths) =>
        AlleleLabel.Parse(tenths == 0
            ? repeats.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{repeats}.{tenths}"));

    private static double[] Normalise(int[] weights, double scale)
    {
        var total = (double)weights.Sum();
        return [.. weights.Select(w => scale * w / total)];
    }
}
