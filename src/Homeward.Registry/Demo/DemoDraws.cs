using Homeward.Kinship;
using Homeward.Kinship.Simulation;

namespace Homeward.Registry.Demo;

/// <summary>Draws of the demo's descriptive data from the simulator's seeded, portable streams.</summary>
internal sealed class DemoDraws
{
    private readonly SimulationRandom _random;

    private DemoDraws(SimulationRandom random) => _random = random;

    /// <summary>The stream of report <paramref name="index"/>'s description.</summary>
    public static DemoDraws ForReport(long seed, int index) => new(SimulationRandom.For(seed, RandomStream.DemoReport, index));

    /// <summary>The stream of found child <paramref name="index"/>'s description.</summary>
    public static DemoDraws ForFoundChild(long seed, int index) => new(SimulationRandom.For(seed, RandomStream.DemoFoundChild, index));

    /// <summary>Uniform in [0, 1).</summary>
    public double Unit() => _random.NextDouble();

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => _random.Chance(p);

    /// <summary>Uniform integer in [<paramref name="from"/>, <paramref name="to"/>].</summary>
    public int Between(int from, int to) => from + _random.NextInt(to - from + 1);

    /// <summary>One item, uniformly.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[_random.NextInt(items.Count)];

    /// <summary>One item by weight (the weights need not sum to 1).</summary>
    public T Pick<T>(IReadOnlyList<(T Item, double Weight)> items)
    {
        var x = Unit() * items.Sum(i => i.Weight);
        foreach (var (item, weight) in items)
        {
            x -= weight;
            if (x < 0)
            {
                return item;
            }
        }

        return items[^1].Item;
    }

    /// <summary>
    /// An approximately standard normal deviate: the sum of twelve uniforms less six (Irwin–Hall; mean 0,
    /// variance 1, tails cut at ±6). Additions only, so the value is bit-identical on every machine,
    /// which logarithms and cosines from the platform's maths library do not promise.
    /// </summary>
    public double Normal()
    {
        var sum = 0.0;
        for (var i = 0; i < 12; i++)
        {
            sum += Unit();
        }

        return sum - 6;
    }

    /// <summary>A random sex.</summary>
    public Sex Sex() => _random.NextBool() ? Kinship.Sex.Male : Kinship.Sex.Female;
}
